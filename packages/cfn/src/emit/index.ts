export { emitJson } from "./emit-json.ts";
export { emitYaml } from "./emit-yaml.ts";
export { emitYamlNodes } from "./emit-yaml-nodes.ts";
export { orderTemplate, RESOURCE_KEY_ORDER, SECTION_ORDER } from "./section-order.ts";
