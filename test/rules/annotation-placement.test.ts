import { ruleTester, stream, yaml } from "../rule-tester.js";

const installation = (cni: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  cni:\n${cni}`;
const HOST_LOCAL = installation("    type: Calico\n    ipam:\n      type: HostLocal\n");
const AMAZON_VPC = installation("    type: AmazonVPC\n");

/** A manifest install's CNI config template with this IPAM section. */
const cniConfigMap = (name: string, ipam: string) => yaml`
  kind: ConfigMap
  apiVersion: v1
  metadata:
    name: ${name}
    namespace: kube-system
  data:
    cni_network_config: |-
      {
        "name": "k8s-pod-network",
        "cniVersion": "0.3.1",
        "plugins": [
          {"type": "calico", "mtu": __CNI_MTU__, "nodename": "__KUBERNETES_NODE_NAME__", "ipam": ${ipam}, "policy": {"type": "k8s"}},
          {"type": "portmap", "snat": true, "capabilities": {"portMappings": true}}
        ]
      }
`;
const CANAL = cniConfigMap("canal-config", '{"type": "host-local", "subnet": "usePodCidr"}');

/** A Deployment whose pod template annotations start on line 9, column 9; a Namespace with pool keys. */
const WORKLOAD = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      metadata:
        annotations:
          cni.projectcalico.org/ipv4pools: '["default-ipv4-ippool"]'
          cni.projectcalico.org/ipFamilies: '["IPv4"]'
          cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
          cni.projectcalico.org/hwAddr: 'aa:bb:cc:dd:ee:ff'
          cni.projectcalico.org/floatingIPs: '["203.0.113.10"]'
`;
const NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: batch\n  annotations:\n    cni.projectcalico.org/ipv6pools: '[\"v6\"]'\n";

ruleTester("annotation-placement", {
  valid: [
    { name: "Calico IPAM from calico.yaml's ConfigMap: every key is read", yaml: stream(WORKLOAD, NAMESPACE, cniConfigMap("calico-config", '{"type": "calico-ipam"}')) },
    { name: "an Installation with Calico CNI and (default) Calico IPAM", yaml: stream(WORKLOAD, NAMESPACE, installation("    type: Calico\n")) },
    { name: "no install object in view: Calico IPAM assumed", yaml: stream(WORKLOAD, NAMESPACE) },
    { name: "a CNI template that cannot be read: nothing assumed", yaml: stream(WORKLOAD, NAMESPACE, cniConfigMap("canal-config", "__IPAM__ {")) },
    { name: "an Installation (AmazonVPC) and another (Calico) disagree: nothing assumed", yaml: stream(WORKLOAD, NAMESPACE, AMAZON_VPC, installation("    type: Calico\n")) },
    {
      name: "host-local: the static keys fail the pod (feature-flag-required), hwAddr and floatingIPs are read",
      yaml: stream(WORKLOAD.replace(/^ +cni.projectcalico.org\/ip(v4pools|Families).*\n/gm, ""), HOST_LOCAL),
    },
    {
      name: "pod annotations in the pod template, pool keys on the Namespace",
      yaml: stream(
        yaml`
          apiVersion: v1
          kind: Namespace
          metadata:
            name: batch
            annotations:
              cni.projectcalico.org/ipv4pools: '["batch-pool"]'
              cni.projectcalico.org/ipv6pools: '["batch-v6"]'
              cni.projectcalico.org/ipFamilies: '["IPv4"]'
        `,
        yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            annotations:
              deployment.kubernetes.io/revision: "3"
          spec:
            template:
              metadata:
                annotations:
                  cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
              spec:
                hostNetwork: false
        `,
      ),
    },
    {
      name: "Calico's own resources, HPAs and custom resources are left alone",
      yaml: stream(
        yaml`
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata:
            name: pool
            annotations:
              cni.projectcalico.org/ipv4pools: '["pool"]'
          spec:
            cidr: 10.0.0.0/24
        `,
        yaml`
          apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata:
            name: web
            annotations:
              cni.projectcalico.org/ipv4pools: '["pool"]'
          spec:
            scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
            maxReplicas: 3
        `,
        yaml`
          apiVersion: kubevirt.io/v1
          kind: VirtualMachineInstance
          metadata:
            name: vm
            annotations:
              cni.projectcalico.org/ipAddrs: '["10.0.0.9"]'
        `,
      ),
    },
    {
      name: "the LoadBalancer IPAM annotation and unknown keys on a Service (other rules)",
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: lb
          annotations:
            projectcalico.org/ipv4pools: '["lb-pool"]'
            cni.projectcalico.org/ipv4pool: '["x"]'
        spec:
          type: LoadBalancer
      `,
    },
    {
      name: "a hostNetwork pod without Calico annotations",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            kubernetes.io/egress-bandwidth: 10M
        spec:
          hostNetwork: true
      `,
    },
  ],
  invalid: [
    {
      name: "host-local (Installation): the pool and family keys are ignored, on the pod template and on the Namespace",
      yaml: stream(WORKLOAD, NAMESPACE, HOST_LOCAL),
      errors: [
        {
          messageId: "ipamIgnored",
          severity: "warning",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 40,
          message:
            "Calico's CNI config uses host-local IPAM, not calico-ipam (Installation default spec.cni.ipam.type: HostLocal), and Calico reads cni.projectcalico.org/ipv4pools only under Calico IPAM: it ignores the annotation. Remove it, or switch the cluster to Calico IPAM",
        },
        { messageId: "ipamIgnored", severity: "warning", line: 10, column: 9, message: "cni.projectcalico.org/ipFamilies" },
        { messageId: "ipamIgnored", severity: "warning", line: 20, column: 5, message: "it ignores the annotation for every pod in namespace batch" },
      ],
    },
    {
      name: "host-local (Canal's ConfigMap, in a context file)",
      files: { "app.yaml": stream(WORKLOAD, NAMESPACE) },
      context: { "canal.yaml": CANAL },
      errors: [
        { messageId: "ipamIgnored", line: 9, column: 9, message: "(ConfigMap kube-system/canal-config cni_network_config ipam.type host-local)" },
        { messageId: "ipamIgnored", line: 10, column: 9 },
        { messageId: "ipamIgnored", line: 20, column: 5 },
      ],
    },
    {
      name: "policy only (AmazonVPC): every key only Calico's CNI plugin reads is ignored (floatingIPs left to the other rules)",
      yaml: stream(WORKLOAD, NAMESPACE, AMAZON_VPC),
      errors: [
        {
          messageId: "cniNotCalico",
          severity: "warning",
          line: 9,
          column: 9,
          message:
            "Pods here get their network from the AmazonVPC CNI plugin (Installation default spec.cni.type: AmazonVPC): Calico is installed for policy only, its CNI plugin never runs, and cni.projectcalico.org/ipv4pools is ignored. Remove the annotation",
        },
        { messageId: "cniNotCalico", line: 10, column: 9 },
        { messageId: "cniNotCalico", line: 11, column: 9 },
        { messageId: "cniNotCalico", line: 12, column: 9 },
        { messageId: "cniNotCalico", line: 20, column: 5 },
      ],
    },
    {
      name: "host-local and hostNetwork: the hostNetwork warning alone, for every key",
      yaml: stream(WORKLOAD.concat("    spec:\n      hostNetwork: true\n"), HOST_LOCAL),
      errors: [
        { messageId: "hostNetwork", line: 9, column: 9 },
        { messageId: "hostNetwork", line: 10, column: 9 },
        { messageId: "hostNetwork", line: 11, column: 9 },
        { messageId: "hostNetwork", line: 12, column: 9 },
        { messageId: "hostNetwork", line: 13, column: 9 },
      ],
    },
    {
      name: "on a Deployment's own metadata",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
        spec:
          template:
            spec:
              containers: []
      `,
      errors: [
        {
          messageId: "controller",
          severity: "error",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          message:
            "Calico reads cni.projectcalico.org/ipAddrs only from pods, and a Deployment does not copy its own annotations onto the pods it creates: here it has no effect. Move it to spec.template.metadata.annotations",
        },
      ],
    },
    {
      name: "policy only (AmazonVPC): a controller's or a Namespace's misplaced key is ignored like any other, not an error to move",
      yaml: stream(
        AMAZON_VPC,
        yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            annotations:
              cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
          spec:
            template:
              spec:
                containers: []
        `,
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: edge\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.2\"]'\n",
      ),
      errors: [
        { messageId: "cniNotCalico", severity: "warning", line: 14, column: 5, message: "Calico is installed for policy only, its CNI plugin never runs, and cni.projectcalico.org/ipAddrs is ignored" },
        { messageId: "cniNotCalico", severity: "warning", line: 25, column: 5 },
      ],
    },
    {
      name: "on a CronJob's own metadata",
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
          annotations:
            cni.projectcalico.org/ipv4pools: '["batch-pool"]'
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
      `,
      errors: [{ messageId: "controller", line: 6, column: 5, message: "Move it to spec.jobTemplate.spec.template.metadata.annotations" }],
    },
    {
      name: "on both the controller and its template: a warning",
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          annotations:
            cni.projectcalico.org/ipv4pools: '["db-pool"]'
            cni.projectcalico.org/ipFamilies: '["IPv4"]'
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools: '["db-pool"]'
                cni.projectcalico.org/ipFamilies: '["IPv6"]'
      `,
      errors: [
        {
          messageId: "controllerDuplicate",
          severity: "warning",
          line: 6,
          column: 5,
          message: "cni.projectcalico.org/ipv4pools on the StatefulSet's own metadata has no effect: Calico reads the copy in spec.template.metadata.annotations. Remove this one",
        },
        { messageId: "controllerDuplicate", severity: "warning", line: 7, column: 5, message: "the copy in spec.template.metadata.annotations (with a different value). Remove this one" },
      ],
    },
    {
      name: "pod-only keys on a Namespace",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: payments
          annotations:
            cni.projectcalico.org/ipv4pools: '["static-ipv4"]'
            cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
            cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'
            cni.projectcalico.org/hwAddr: ca:fe:ca:fe:ca:fe
      `,
      errors: [
        {
          messageId: "namespace",
          severity: "error",
          line: 7,
          column: 5,
          message: "Calico reads only ipv4pools, ipv6pools and ipFamilies from a Namespace, so cni.projectcalico.org/ipAddrs has no effect here. Set it in the annotations of the pods (or pod templates) that need it",
        },
        { messageId: "namespace", line: 8, column: 5 },
        { messageId: "namespace", line: 9, column: 5 },
      ],
    },
    {
      name: "kinds that run no pods",
      yaml: stream(
        yaml`
          apiVersion: v1
          kind: Service
          metadata:
            name: lb
            annotations:
              cni.projectcalico.org/ipv4pools: '["lb-pool"]'
              cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
        `,
        yaml`
          apiVersion: networking.k8s.io/v1
          kind: Ingress
          metadata:
            name: web
            annotations:
              cni.projectcalico.org/ipv4pools: '["a"]'
        `,
        yaml`
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
            annotations:
              cni.projectcalico.org/ipFamilies: '["IPv4"]'
        `,
      ),
      errors: [
        {
          messageId: "servicePools",
          line: 6,
          column: 5,
          message: "Calico's CNI plugin reads cni.projectcalico.org/ipv4pools only on pods, never on a Service. To choose the pool of a LoadBalancer Service's address, use `projectcalico.org/ipv4pools` (without cni.)",
        },
        { messageId: "noPods", line: 7, column: 5, message: "A Service runs no pods, so Calico never reads cni.projectcalico.org/ipAddrs on it" },
        { messageId: "noPods", line: 14, column: 5, message: "An Ingress runs no pods" },
        { messageId: "noPods", line: 21, column: 5, message: "A ConfigMap runs no pods" },
      ],
    },
    {
      name: "a hostNetwork pod",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
            cni.projectcalico.org/podIP: 10.0.0.1
        spec:
          hostNetwork: true
      `,
      errors: [
        {
          messageId: "hostNetwork",
          severity: "warning",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          message: "The pod uses hostNetwork: true, so the CNI plugin never runs for it and Calico ignores cni.projectcalico.org/ipAddrs: the pod gets the node's addresses. Remove the annotation, or drop hostNetwork",
        },
        { messageId: "hostNetwork", severity: "warning", line: 7, column: 5 },
      ],
    },
    {
      name: "a DaemonSet of host-network pods, inside a List",
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata:
            name: agent
          spec:
            template:
              metadata:
                annotations:
                  cni.projectcalico.org/ipv4pools: '["default-ipv4-ippool"]'
              spec:
                hostNetwork: true
      `,
      errors: [{ messageId: "hostNetwork", severity: "warning", line: 12, column: 11 }],
    },
  ],
});
