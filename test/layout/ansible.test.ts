import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";

/**
 * An Ansible role's templates/ (kubespray's roles, say) holds Jinja2 that Ansible's `template`
 * module renders on the hosts: never applied as it is, so never read as a manifest, as a Helm
 * chart's templates are not. The role is known by its tasks/main.yml (Ansible's role layout).
 */

const JINJA = `{
  "resources": [
    {% if use_bastion %}
    {"name": "{{ bastion_name }}"},
    {% endif %}
  ]
}
`;
const POD_TEMPLATE = `apiVersion: v1
kind: Pod
metadata:
  name: "{{ name }}"
  annotations:
    cni.projectcalico.org/ipAddrs: '["{{ pod_ip }}"]'
{% if extra %}
spec: {containers: []}
{% endif %}
`;
const TASKS = "- name: render\n  ansible.builtin.template:\n    src: pod.yaml\n    dest: /etc/kubernetes/pod.yaml\n";
const BAD_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.300\"]'\n";

type Json = { filePath: string; messages: { ruleId: string }[] }[];
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as Json).flatMap((f) => f.messages.map((m) => `${f.filePath.split("/").slice(-2).join("/")} ${m.ruleId}`));

describe("an Ansible role's templates", () => {
  it("are not read as manifests: no yaml-syntax, no findings on Jinja placeholders; the other files are linted", async () => {
    const cwd = tempTree({
      "roles/web/tasks/main.yml": TASKS,
      "roles/web/templates/azure.json": JINJA,
      "roles/web/templates/pod.yaml": POD_TEMPLATE,
      "apps/bad.yaml": BAD_POD,
    });
    const r = await cli([".", "-f", "json"], { cwd });
    expect(ruleIds(r.stdout)).toEqual(["apps/bad.yaml invalid-ip"]);
    expect(r.code).toBe(1);
  });

  it("named on its own: said on standard error, exit 0", async () => {
    const cwd = tempTree({ "roles/web/tasks/main.yaml": TASKS, "roles/web/templates/azure.json": JINJA });
    const r = await cli(["roles/web/templates/azure.json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("roles/web/templates/azure.json: not linted: not read as a manifest: a template of the Ansible role web");
  });

  it("a templates/ folder that is not a role's (no tasks/main.yml) is read as manifests, as before", async () => {
    const cwd = tempTree({ "roles/web/templates/pod.yaml": POD_TEMPLATE });
    const r = await cli([".", "-f", "json"], { cwd });
    expect(ruleIds(r.stdout).some((x) => x.endsWith(" yaml-syntax"))).toBe(true);
  });
});
