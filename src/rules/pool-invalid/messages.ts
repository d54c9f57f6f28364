/**
 * pool-invalid's messages, one per check Calico makes: the fact, who refuses the object with
 * Calico's own error text, and the fix. `{{by}}` and `{{error}}` stay placeholders only where the
 * text depends on `calicoVersion` (v3.32's clientv3 and validator, or HEAD's CRD rules) or on the
 * kind of object; the values are in ippool.ts (`TEXT`), update.ts and schema.ts.
 */
const NEVER = "so it is never applied";
/** A crd.projectcalico.org/v1 pool under v3.32: the CRD does not make the check, so the pool is stored. */
const STORED = "the crd.projectcalico.org/v1 IPPool CRD of Calico v3.32 does not check it, so kubectl stores the pool";

export const MESSAGES = {
  // IPPool objects (ippool.ts): clientv3 and the validator (v3.32), the CRD's CEL rules (HEAD).
  cidrRequired: `The pool has no cidr: {{by}} with \`{{error}}\`, ${NEVER}. Set \`spec.cidr\` to the pool's range, such as \`10.0.0.0/16\``,
  cidrInvalid: `\`{{cidr}}\` is not a CIDR: {{by}} with \`{{error}}\`, ${NEVER}. Write the range as a CIDR, such as \`10.0.0.0/16\` (a bare address is not accepted)`,
  cidrNotMasked: `\`{{cidr}}\` has host bits set: {{by}} with \`{{error}}\`, ${NEVER}. Write \`cidr: {{masked}}\``,
  cidrLinkLocal: `{{cidr}} overlaps the link-local range: {{by}} with \`{{error}}\`, ${NEVER}. Choose a range outside 169.254.0.0/16 and fe80::/10`,
  blockSizeRange: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool: {{by}} with \`{{error}}\`, ${NEVER}. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  poolSmallerThanBlock: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: {{by}} with \`IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.\`, ${NEVER}. Widen the pool to /{{blockSize}} or shorter, set blockSize to {{prefix}} or more, or disable the pool`,
  ipipOnIpv6: `ipipMode {{mode}} on an IPv6 pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`ipipMode: Never\` (use \`vxlanMode\` for IPv6 encapsulation)`,
  ipipWithVxlan: `IPIP and VXLAN are both enabled: {{by}} with \`{{error}}\`, ${NEVER}. Set one of \`ipipMode\` and \`vxlanMode\` to \`Never\``,
  allowedUsesUnknown: `\`{{use}}\` is not a use: {{by}} with \`{{error}}\`, ${NEVER}. Use one of {{uses}} (case-sensitive)`,
  allowedUsesCombination: `{{use}} together with LoadBalancer: {{by}} with \`{{error}}\`, ${NEVER}. Keep LoadBalancer pools separate: one pool with \`allowedUses: [LoadBalancer]\`, another for Workload and Tunnel`,
  loadBalancerEncapsulation: `Encapsulation on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`ipipMode: Never\` and \`vxlanMode: Never\` on LoadBalancer pools`,
  loadBalancerBgpExport: `disableBGPExport on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Remove \`disableBGPExport\` (the check rejects \`true\`, whatever its message says)`,
  loadBalancerNodeSelector: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: {{by}} with \`{{error}}\`, ${NEVER}. Set \`nodeSelector: "all()"\` or remove it`,
  tunnelNamespaceSelector: `A namespaceSelector on a pool that allows Tunnel: {{by}} with \`{{error}}\`, ${NEVER}. Remove Tunnel from allowedUses, or drop the namespaceSelector`,
  tunnelNamespaceSelectorDefault: `A namespaceSelector on a pool whose allowedUses default to [Workload, Tunnel]: {{by}} with \`{{error}}\`, ${NEVER}. Add \`allowedUses: [Workload]\` to the pool`,
  selectorGlobal: `\`global()\` in {{field}}: {{by}} with \`{{error}}\`, ${NEVER}. Use \`all()\` to select every node or namespace`,
  nameTooLong: `The name is {{length}} characters long: the API server rejects the pool with \`metadata.name: Invalid value: "{{name}}": must be no more than 253 characters\`, ${NEVER}. Shorten the name to 253 characters or fewer`,
  // Both kinds of pool (selector.ts): the validator's `selector` tag runs libcalico-go's parser;
  // `{{fix}}` is the hint for the parser's complaint.
  selectorSyntax: `{{field}} \`{{selector}}\` is not a valid Calico selector (\`{{reason}}\` at character {{character}}): {{by}} with \`failed to validate Field: {{goField}} because of Tag: selector\`, ${NEVER}. {{fix}}`,
  selectorSyntaxCrd: `{{field}} \`{{selector}}\` is not a valid Calico selector (\`{{reason}}\` at character {{character}}): the crd.projectcalico.org/v1 IPPool CRD does not parse selectors, so kubectl stores the pool, and Calico IPAM then fails every automatic assignment of the pool's family that evaluates this {{field}} (pods without an ipv4pools/ipv6pools annotation, tunnel addresses) with the parser's error at CNI ADD{{dormant}}. {{fix}}`,
  // An unquoted `!all()` (selector.ts): a YAML tag on an empty value, which Calico reads as all().
  taggedSelector:
    "`{{field}}: {{tag}}` without quotes is a YAML tag on an empty value, not the selector `{{tag}}`: Kubernetes stores `{{field}}: \"\"`, which Calico reads as all(), so the pool serves {{what}}, the opposite of what `{{tag}}` says. Quote the selector: `{{field}}: \"{{tag}}\"`",
  // crd.projectcalico.org/v1 pools under v3.32 (ippool.ts): the CRD's schema and CEL rules are all
  // that checks them, so what it does not check is stored, and these say what Calico then does.
  cidrNotMaskedStored: `\`{{cidr}}\` has host bits set: ${STORED} (calicoctl and the API server refuse it as \`IPPool CIDR is not strictly masked\`), and Calico IPAM parses it with Go's net.ParseCIDR, which drops the host bits, so the pool is {{masked}}. Write \`cidr: {{masked}}\``,
  cidrLinkLocalStored: `{{cidr}} overlaps the link-local range {{range}}: ${STORED} (calicoctl and the API server refuse it), and Calico IPAM hands out its addresses. Whether pods work with them depends on the network: routers do not forward link-local addresses, and Calico routes every pod through a link-local gateway ({{gateway}}). Choose a range outside 169.254.0.0/16 and fe80::/10`,
  blockSizeRangeStored: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool ({{min}}–{{max}}): ${STORED} (its schema allows 0–128), and Calico IPAM has no check of its own: each block of {{addresses}} addresses is one IPAMBlock object listing every address, so whether nodes can claim blocks depends on the datastore's object size limit. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  blockSizeTooLargeStored: `blockSize {{blockSize}} makes blocks of {{addresses}} addresses: ${STORED} (its schema allows 0–128), but each block is one IPAMBlock object listing every address, far more than the Kubernetes API server accepts in one object, so no node can claim a block and automatic assignment from the pool fails. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  blockSizeBeyondAddress: `blockSize {{blockSize}} is longer than an IPv4 address: ${STORED} (its schema allows 0–128), but Calico IPAM skips the pool for every automatic assignment (\`skipping pool ... due to blockSize {{blockSize}} bigger than 32\`), so no pod gets an address from it that way. Use a blockSize from {{min}} to {{max}}, or leave it out (default {{default}})`,
  poolSmallerThanBlockStored: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: ${STORED} (calicoctl and the API server refuse it as too small for use with Calico IPAM), but Calico IPAM finds no /{{blockSize}} block inside it, so automatic assignment from it fails with \`Assigned 0 out of 1 requested IPv{{family}} addresses; No IPs available in pools: [{{cidr}}]\` once no other pool serves the pod{{manual}}. Widen the pool to /{{blockSize}} or shorter, set blockSize to {{prefix}} or more, or disable the pool`,
  loadBalancerBgpExportStored: `disableBGPExport on a LoadBalancer pool: ${STORED} (calicoctl and the API server refuse it), and calico-node does not advertise the pool over BGP, so Services' LoadBalancer addresses from it are reachable only where something else routes them. Remove \`disableBGPExport\` unless another mechanism announces the range`,
  loadBalancerNodeSelectorStored: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: ${STORED} (calicoctl and the API server refuse it), and kube-controllers evaluates it against a virtual node without labels, so whether the pool serves Services that do not name it in \`projectcalico.org/ipv4pools\` / \`ipv6pools\` depends on whether \`{{selector}}\` matches a node without labels. Set \`nodeSelector: "all()"\` or remove it`,
  tunnelNamespaceSelectorStored: `A namespaceSelector on a pool that allows Tunnel{{defaulted}}: ${STORED} (calicoctl and the API server refuse it), and calico-node asks for tunnel addresses with no namespace, which the selector is evaluated against as no labels, so whether the pool serves tunnel addresses depends on whether \`{{selector}}\` matches a namespace without labels. Set \`allowedUses: [Workload]\` on the pool, or drop the namespaceSelector`,
  selectorGlobalStored: `\`global()\` in {{field}}: ${STORED} (calicoctl and the API server refuse it), and Calico's selector parser evaluates \`global()\` as true for every {{what}}, as \`all()\` does, so the selector does not restrict what the pool serves the way the manifest may mean. Use \`all()\`, or label selectors that say which {{what}}s`,
  // Changes since a revision (update.ts): clientv3's update checks (v3.32), CEL transition rules (HEAD).
  cidrChanged: `The cidr was {{was}} at {{ref}}: {{by}} of the pool that exists at {{ref}} with \`{{error}}\`, ${NEVER}. Keep \`cidr: {{was}}\`, and move to the new range with a new pool (create it, disable this one, then delete it once its pods are gone)`,
  blockSizeChanged: `The blockSize was {{was}} at {{ref}}: {{by}} of the pool that exists at {{ref}} with \`{{error}}\`, ${NEVER}. Keep \`blockSize: {{was}}\`, or move to a new pool with the new block size`,
  blockSizeChangedStored: `The blockSize was {{was}} at {{ref}} ({{how}}): the crd.projectcalico.org/v1 CRD's transition rule (\`self == oldSelf\`) runs only when the field is there before and after, so kubectl stores the change, and Calico IPAM then claims /{{now}} blocks in a pool whose existing blocks are /{{was}}; whether they collide with blocks already claimed depends on what the cluster has allocated. Keep the block size at {{was}}{{keep}}, or move to a new pool with the new block size`,
  // One pool in two files (defined-twice.ts): one object, whichever copy is applied last.
  definedTwice:
    "IPPool {{name}} is also defined at {{where}} with a different spec ({{fields}} differ): both manifests are one object, and the copy applied last wins, which the files do not fix. The dry run takes the copy that fails fewest pods (an enabled one), and what depends on the copy (a static address in one copy only, a CIDR that only one copy has, a pool that runs short in one copy) is a warning. Keep one definition, or make the copies agree",
  // Installation pools (installation.ts): the operator's ValidatePools, and the API server's checks
  // of the IPPool the operator creates.
  installationCidrRequired: `The pool has no cidr: the Kubernetes API server rejects the Installation with \`{{path}}.cidr: Required value\`, ${NEVER}. Set \`cidr\` to the pool's range, such as \`10.0.0.0/16\``,
  installationCidrInvalid: `\`{{cidr}}\` is not a CIDR: the operator rejects the Installation with \`IP pool CIDR ({{cidr}}) is invalid: invalid CIDR address: {{cidr}}\`, ${NEVER}. Write the range as a CIDR, such as \`10.0.0.0/16\``,
  installationBlockSizeRange: `blockSize {{blockSize}} is out of range for an IPv{{family}} pool: the operator rejects the Installation with \`IPv{{family}} pool block size must be greater than {{below}} and less than or equal to {{max}}\`, ${NEVER}. Use a blockSize from {{min}} to {{max}}`,
  installationPoolSmallerThanBlock: `A /{{prefix}} pool is smaller than its /{{blockSize}} blocks: the operator rejects the Installation with \`IP pool size is too small. It must be equal to or greater than the block size\`, ${NEVER}. Widen the pool to /{{blockSize}} or shorter, or set blockSize to {{prefix}} or more`,
  installationIpipOnIpv6: `encapsulation {{encapsulation}} on an IPv6 pool: the operator rejects the Installation with \`IPIP encapsulation is not supported by IPv6 pools, but it is set for {{cidr}}\`, ${NEVER}. Use \`VXLAN\`, \`VXLANCrossSubnet\` or \`None\` for IPv6 pools`,
  installationEncapsulationHostLocal: `encapsulation {{encapsulation}} under host-local IPAM: the operator rejects the Installation with \`{{encapsulation}} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM\`, ${NEVER}. Use \`IPIP\`, \`IPIPCrossSubnet\` or \`None\`, or Calico IPAM`,
  installationNonCalicoCniEncapsulation: `encapsulation {{encapsulation}} with the {{cni}} CNI: the operator rejects the Installation with \`{{encapsulation}} is invalid for ipPool.encapsulation when using non-Calico CNI, should be None\`, ${NEVER}. Set \`encapsulation: None\`: the other CNI plugin routes pod traffic`,
  installationNonCalicoCniNodeSelector: `nodeSelector \`{{selector}}\` with the {{cni}} CNI: the operator rejects the Installation with \`IP pool nodeSelector ({{selector}}) should be 'all()' when using non-Calico CNI plugin\`, ${NEVER}. Set \`nodeSelector: "all()"\` or remove it`,
  installationAllowedUsesCombination: `LoadBalancer together with Workload or Tunnel: the operator rejects the Installation with \`IP pool {{name}} AllowedUse LoadBalancer cannot be used with Workload/Tunnel\`, ${NEVER}. Give LoadBalancer its own pool`,
  installationLoadBalancerEncapsulation: `encapsulation {{encapsulation}} on a LoadBalancer pool: the operator rejects the Installation with \`IP pool encapsulation must be none if allowedUse is LoadBalancer\`, ${NEVER}. Set \`encapsulation: None\``,
  installationLoadBalancerBgpExport: `disableBGPExport on a LoadBalancer pool: the operator rejects the Installation with \`IP pool disable bgp export must be false when AllowedUse is LoadBalancer\`, ${NEVER}. Remove \`disableBGPExport\``,
  installationLoadBalancerNodeSelector: `nodeSelector \`{{selector}}\` on a LoadBalancer pool: the operator rejects the Installation with \`IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer\`, ${NEVER}. Set \`nodeSelector: "all()"\``,
  installationSelectorGlobal: `\`global()\` in nodeSelector: the Calico API server rejects the pool the operator creates with \`global() selector is not valid for IPPool nodeSelector - use all() instead\`, ${NEVER}. Use \`all()\``,
  installationDuplicateCidr: `{{cidr}} appears twice in ipPools: the operator rejects the Installation with \`IP pool {{cidr}} is specified more than once\`, ${NEVER}. Remove the duplicate entry`,
  installationDuplicateName: `The name {{name}} appears twice in ipPools: the operator rejects the Installation with \`IP pool {{name}} is specified more than once\`, ${NEVER}. Give every pool its own name`,
  // The Installation's network settings against its pools (installation-network.ts): the
  // operator's validateCustomResource, after its defaults.
  installationBgpDisabledIpip: `Pool {{pool}} uses {{encapsulation}} encapsulation{{defaulted}} while BGP is off ({{bgp}}): the operator rejects the Installation with \`with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled\`, ${NEVER}. Set \`encapsulation: VXLAN\` on the pool, set \`bgp: Enabled\`, or {{routing}}`,
  installationBgpDisabledNoEncap: `Pool {{pool}} has no encapsulation{{defaulted}} while BGP is off ({{bgp}}): the operator rejects the Installation with \`with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled\`, ${NEVER}. Set \`encapsulation: VXLAN\` on the pool, set \`bgp: Enabled\`, or {{routing}}`,
  installationBgpNonCalicoCni: `\`bgp: Enabled\` with the {{cni}} CNI: the operator rejects the Installation with \`BGP is not supported when using non-Calico CNI\`, ${NEVER}. Set \`bgp: Disabled\` or remove it`,
  installationWindowsEncapsulation: `The first IPv4 pool, {{pool}}, uses {{encapsulation}} encapsulation{{defaulted}} with the Windows dataplane on (windowsDataplane: {{dataplane}}): the operator rejects the Installation with \`IPv4 IPPool encapsulation {{encapsulation}} is not supported by Calico for Windows\`, ${NEVER}. Set \`encapsulation: VXLAN\` (or \`None\`) on that pool, or \`windowsDataplane: Disabled\``,
  installationWindowsServiceCidrs: `windowsDataplane: {{dataplane}} with Calico CNI and no serviceCIDRs: the operator rejects the Installation with \`installation spec.ServiceCIDRs must be provided when using Calico CNI on Windows\`, ${NEVER}. Set \`spec.serviceCIDRs\` to the cluster's service range (kube-apiserver's \`--service-cluster-ip-range\`)`,
  // The CRD schemas (schema.ts): the API server's structural checks, and the operator's enums.
  schemaEnum: `{{value}} is not a valid {{path}} (values are case-sensitive): {{by}} with \`{{path}}: Unsupported value: {{value}}: supported values: {{supported}}\`, ${NEVER}. Use one of {{allowed}}`,
  operatorEnum: `{{value}} is not a valid {{path}} (values are case-sensitive): the operator rejects the Installation with \`{{given}} is invalid for {{field}}, should be one of {{values}}\`, ${NEVER}. Use one of {{allowed}}`,
  schemaType: `{{path}} must be {{aType}}: {{by}} with \`{{path}}: Invalid value: "{{got}}": {{path}} in body must be of type {{type}}: "{{got}}"\`, ${NEVER}. Write {{field}} as {{aType}}{{withoutQuotes}}`,
  schemaMaxLength: `{{path}} is out of bounds: {{by}} with \`{{path}}: Too long: may not be longer than {{limit}}\`, ${NEVER}. Shorten the value`,
  schemaMaxItems: `{{path}} is out of bounds: {{by}} with \`{{path}}: Too many: {{count}}: must have at most {{limit}} items\`, ${NEVER}. Shorten the value`,
  schemaBounds: `{{path}} is out of bounds: {{by}} with \`{{path}} {{error}}\`, ${NEVER}. Shorten the value`,
  unknownField:
    "{{field}} is not a field of {{kind}}: kubectl refuses the object with `unknown field \"{{path}}\"` (strict field validation), and where validation is lax the setting is silently dropped. Check the spelling (field names are case-sensitive) or remove it",
  // IPReservations (reservation.ts).
  reservationEmpty: "`{{entry}}` is empty: Calico's validator rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write a CIDR such as `10.0.0.0/28` or remove the entry",
  reservationInvalid:
    "`{{entry}}` is neither a CIDR nor an IP address: Calico's validator rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write a CIDR such as `10.0.0.0/28`, or a single address",
  reservationBareAddress:
    "`{{entry}}` is a bare address, not a CIDR: the HEAD IPReservation CRD (`format: cidr`) rejects the IPReservation, and IPAM would skip the entry, so these addresses stay assignable. Write `{{entry}}/{{bits}}`",
} as const;

export type MessageId = keyof typeof MESSAGES;
