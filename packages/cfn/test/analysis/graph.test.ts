import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildResourceGraph, shortTypeLabel } from "../../src/graph/index.ts";
import { templateFromBody } from "../../src/template.ts";
import { loadTemplate, OWN_FIXTURES } from "./helpers.ts";

describe("buildResourceGraph", () => {
  it("draws Ref, GetAtt, Sub and DependsOn edges from the referring resource", () => {
    const g = buildResourceGraph(
      templateFromBody({
        Parameters: { Name: { Type: "String" } },
        Conditions: { On: { "Fn::Equals": [1, 1] } },
        Resources: {
          Vpc: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.0.0.0/16" } },
          Subnet: {
            Type: "AWS::EC2::Subnet",
            Properties: { VpcId: { Ref: "Vpc" }, CidrBlock: { "Fn::GetAtt": ["Vpc", "CidrBlock"] } },
          },
          Queue: {
            Type: "AWS::SQS::Queue",
            Condition: "On",
            DependsOn: ["Subnet"],
            Properties: { QueueName: { "Fn::Sub": "${Name}-${Vpc}-${Subnet.SubnetId}" } },
          },
        },
      }),
    );
    expect(g.nodes).toEqual([
      { id: "Vpc", kind: "resource", type: "AWS::EC2::VPC", label: "EC2/VPC" },
      { id: "Subnet", kind: "resource", type: "AWS::EC2::Subnet", label: "EC2/Subnet" },
      { id: "Queue", kind: "resource", type: "AWS::SQS::Queue", label: "SQS/Queue", condition: "On" },
    ]);
    expect(g.edges).toEqual([
      { from: "Subnet", to: "Vpc", kind: "ref" },
      { from: "Subnet", to: "Vpc", kind: "getatt" },
      { from: "Queue", to: "Vpc", kind: "sub" },
      { from: "Queue", to: "Subnet", kind: "sub" },
      { from: "Queue", to: "Subnet", kind: "depends-on" },
    ]);
  });

  it("adds parameter nodes and their edges only when asked", () => {
    const t = templateFromBody({
      Parameters: { Size: { Type: "Number" } },
      Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { DelaySeconds: { Ref: "Size" } } } },
    });
    expect(buildResourceGraph(t).edges).toEqual([]);
    const g = buildResourceGraph(t, { includeParameters: true });
    expect(g.nodes.map((n) => [n.id, n.kind, n.type])).toEqual([
      ["Q", "resource", "AWS::SQS::Queue"],
      ["Size", "parameter", "Number"],
    ]);
    expect(g.edges).toEqual([{ from: "Q", to: "Size", kind: "ref" }]);
  });

  it("ignores pseudo parameters, self references and unknown targets", () => {
    const g = buildResourceGraph(
      templateFromBody({
        Resources: {
          Q: {
            Type: "AWS::SQS::Queue",
            Properties: { QueueName: { "Fn::Sub": "${AWS::StackName}-${Q}-${Nope}" } },
          },
        },
      }),
    );
    expect(g.edges).toEqual([]);
  });

  it("labels types", () => {
    expect(shortTypeLabel("AWS::ElasticLoadBalancingV2::LoadBalancer")).toBe(
      "ElasticLoadBalancingV2/LoadBalancer",
    );
    expect(shortTypeLabel("Custom::Lookup")).toBe("Custom/Lookup");
    expect(shortTypeLabel("Acme::Net::Vpc::MODULE")).toBe("Net/Vpc");
  });

  it("graphs a parsed template in document order", () => {
    const g = buildResourceGraph(loadTemplate(join(OWN_FIXTURES, "clean", "web-stack.yaml")));
    expect(g.nodes.map((n) => n.id)).toEqual([
      "Vpc",
      "PublicSubnet",
      "NatIp",
      "Nat",
      "WebSecurityGroup",
      "LoadBalancer",
      "Web",
      "Database",
      "Alarms",
      "DevQueue",
    ]);
    expect(g.edges).toContainEqual({ from: "Web", to: "Nat", kind: "depends-on" });
    expect(g.edges).toContainEqual({ from: "Nat", to: "NatIp", kind: "getatt" });
  });
});
