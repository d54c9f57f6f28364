import { ruleTester, stream, yaml } from "../rule-tester.js";

ruleTester("annotation-placement", {
  valid: [
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
