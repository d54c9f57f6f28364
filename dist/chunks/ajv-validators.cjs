var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// ajv-validators.cjs
module.exports = [
  (() => {
    const module2 = { exports: {} };
    const exports2 = module2.exports;
    "use strict";
    module2.exports = validate0;
    module2.exports.default = validate0;
    const schema0 = { "$id": "calico-ipam-lint/installation-pool", "type": "object", "required": ["cidr"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "cidr": { "type": "string" }, "encapsulation": { "type": "string", "enum": ["IPIPCrossSubnet", "IPIP", "VXLAN", "VXLANCrossSubnet", "None"] }, "natOutgoing": { "type": "string", "enum": ["Enabled", "Disabled"] }, "nodeSelector": { "type": "string" }, "blockSize": { "type": "integer" }, "disableBGPExport": { "type": "boolean" }, "disableNewAllocations": { "type": "boolean" }, "allowedUses": { "type": "array", "items": { "type": "string", "enum": ["Workload", "Tunnel", "LoadBalancer"] } }, "assignmentMode": { "type": "string", "enum": ["Automatic", "Manual"] } } };
    const func0 = Object.prototype.hasOwnProperty;
    function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.cidr === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property 'cidr'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func0.call(schema0.properties, key0)) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          if (typeof data.name !== "string") {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.cidr !== void 0) {
          if (typeof data.cidr !== "string") {
            const err3 = { instancePath: instancePath + "/cidr", schemaPath: "#/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.encapsulation !== void 0) {
          let data2 = data.encapsulation;
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/encapsulation", schemaPath: "#/properties/encapsulation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data2 === "IPIPCrossSubnet" || data2 === "IPIP" || data2 === "VXLAN" || data2 === "VXLANCrossSubnet" || data2 === "None")) {
            const err5 = { instancePath: instancePath + "/encapsulation", schemaPath: "#/properties/encapsulation/enum", keyword: "enum", params: { allowedValues: schema0.properties.encapsulation.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.natOutgoing !== void 0) {
          let data3 = data.natOutgoing;
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/natOutgoing", schemaPath: "#/properties/natOutgoing/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data3 === "Enabled" || data3 === "Disabled")) {
            const err7 = { instancePath: instancePath + "/natOutgoing", schemaPath: "#/properties/natOutgoing/enum", keyword: "enum", params: { allowedValues: schema0.properties.natOutgoing.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.nodeSelector !== void 0) {
          if (typeof data.nodeSelector !== "string") {
            const err8 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.blockSize !== void 0) {
          let data5 = data.blockSize;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err9 = { instancePath: instancePath + "/blockSize", schemaPath: "#/properties/blockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.disableBGPExport !== void 0) {
          if (typeof data.disableBGPExport !== "boolean") {
            const err10 = { instancePath: instancePath + "/disableBGPExport", schemaPath: "#/properties/disableBGPExport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.disableNewAllocations !== void 0) {
          if (typeof data.disableNewAllocations !== "boolean") {
            const err11 = { instancePath: instancePath + "/disableNewAllocations", schemaPath: "#/properties/disableNewAllocations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.allowedUses !== void 0) {
          let data8 = data.allowedUses;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 !== "string") {
                const err12 = { instancePath: instancePath + "/allowedUses/" + i0, schemaPath: "#/properties/allowedUses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (!(data9 === "Workload" || data9 === "Tunnel" || data9 === "LoadBalancer")) {
                const err13 = { instancePath: instancePath + "/allowedUses/" + i0, schemaPath: "#/properties/allowedUses/items/enum", keyword: "enum", params: { allowedValues: schema0.properties.allowedUses.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/allowedUses", schemaPath: "#/properties/allowedUses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.assignmentMode !== void 0) {
          let data10 = data.assignmentMode;
          if (typeof data10 !== "string") {
            const err15 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data10 === "Automatic" || data10 === "Manual")) {
            const err16 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/enum", keyword: "enum", params: { allowedValues: schema0.properties.assignmentMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      validate0.errors = vErrors;
      return errors === 0;
    }
    return module2.exports;
  })(),
  (() => {
    const module2 = { exports: {} };
    const exports2 = module2.exports;
    "use strict";
    module2.exports = validate1;
    module2.exports.default = validate1;
    const schema1 = { "$id": "calico-ipam-lint/ippool-spec", "type": "object", "required": ["cidr"], "additionalProperties": false, "properties": { "allowedUses": { "items": { "type": "string" }, "maxItems": 10, "type": "array" }, "assignmentMode": { "enum": ["Automatic", "Manual"], "type": "string" }, "blockSize": { "type": "integer" }, "cidr": { "maxLength": 48, "type": "string" }, "disableBGPExport": { "type": "boolean" }, "disabled": { "type": "boolean" }, "ipipMode": { "enum": ["", "Never", "Always", "CrossSubnet"], "type": "string" }, "namespaceSelector": { "type": "string", "maxLength": 1024 }, "natOutgoing": { "type": "boolean" }, "nodeSelector": { "type": "string", "maxLength": 1024 }, "vxlanMode": { "enum": ["", "Never", "Always", "CrossSubnet"], "type": "string" }, "ipip": { "type": "object" }, "nat-outgoing": { "type": "boolean" } } };
    const func0 = Object.prototype.hasOwnProperty;
    const func2 = require_ucs2length().default;
    function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.cidr === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property 'cidr'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func0.call(schema1.properties, key0)) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.allowedUses !== void 0) {
          let data0 = data.allowedUses;
          if (Array.isArray(data0)) {
            if (data0.length > 10) {
              const err2 = { instancePath: instancePath + "/allowedUses", schemaPath: "#/properties/allowedUses/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data0[i0] !== "string") {
                const err3 = { instancePath: instancePath + "/allowedUses/" + i0, schemaPath: "#/properties/allowedUses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/allowedUses", schemaPath: "#/properties/allowedUses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.assignmentMode !== void 0) {
          let data2 = data.assignmentMode;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data2 === "Automatic" || data2 === "Manual")) {
            const err6 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/enum", keyword: "enum", params: { allowedValues: schema1.properties.assignmentMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.blockSize !== void 0) {
          let data3 = data.blockSize;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err7 = { instancePath: instancePath + "/blockSize", schemaPath: "#/properties/blockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.cidr !== void 0) {
          let data4 = data.cidr;
          if (typeof data4 === "string") {
            if (func2(data4) > 48) {
              const err8 = { instancePath: instancePath + "/cidr", schemaPath: "#/properties/cidr/maxLength", keyword: "maxLength", params: { limit: 48 }, message: "must NOT have more than 48 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/cidr", schemaPath: "#/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.disableBGPExport !== void 0) {
          if (typeof data.disableBGPExport !== "boolean") {
            const err10 = { instancePath: instancePath + "/disableBGPExport", schemaPath: "#/properties/disableBGPExport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.disabled !== void 0) {
          if (typeof data.disabled !== "boolean") {
            const err11 = { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.ipipMode !== void 0) {
          let data7 = data.ipipMode;
          if (typeof data7 !== "string") {
            const err12 = { instancePath: instancePath + "/ipipMode", schemaPath: "#/properties/ipipMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data7 === "" || data7 === "Never" || data7 === "Always" || data7 === "CrossSubnet")) {
            const err13 = { instancePath: instancePath + "/ipipMode", schemaPath: "#/properties/ipipMode/enum", keyword: "enum", params: { allowedValues: schema1.properties.ipipMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.namespaceSelector !== void 0) {
          let data8 = data.namespaceSelector;
          if (typeof data8 === "string") {
            if (func2(data8) > 1024) {
              const err14 = { instancePath: instancePath + "/namespaceSelector", schemaPath: "#/properties/namespaceSelector/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/namespaceSelector", schemaPath: "#/properties/namespaceSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.natOutgoing !== void 0) {
          if (typeof data.natOutgoing !== "boolean") {
            const err16 = { instancePath: instancePath + "/natOutgoing", schemaPath: "#/properties/natOutgoing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.nodeSelector !== void 0) {
          let data10 = data.nodeSelector;
          if (typeof data10 === "string") {
            if (func2(data10) > 1024) {
              const err17 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.vxlanMode !== void 0) {
          let data11 = data.vxlanMode;
          if (typeof data11 !== "string") {
            const err19 = { instancePath: instancePath + "/vxlanMode", schemaPath: "#/properties/vxlanMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data11 === "" || data11 === "Never" || data11 === "Always" || data11 === "CrossSubnet")) {
            const err20 = { instancePath: instancePath + "/vxlanMode", schemaPath: "#/properties/vxlanMode/enum", keyword: "enum", params: { allowedValues: schema1.properties.vxlanMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.ipip !== void 0) {
          let data12 = data.ipip;
          if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
            const err21 = { instancePath: instancePath + "/ipip", schemaPath: "#/properties/ipip/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data["nat-outgoing"] !== void 0) {
          if (typeof data["nat-outgoing"] !== "boolean") {
            const err22 = { instancePath: instancePath + "/nat-outgoing", schemaPath: "#/properties/nat-outgoing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      validate1.errors = vErrors;
      return errors === 0;
    }
    return module2.exports;
  })(),
  (() => {
    const module2 = { exports: {} };
    const exports2 = module2.exports;
    "use strict";
    module2.exports = validate2;
    module2.exports.default = validate2;
    const schema2 = { "$id": "calico-ipam-lint/ippool-spec-enterprise", "type": "object", "required": ["cidr"], "additionalProperties": false, "properties": { "allowedUses": { "items": { "type": "string" }, "maxItems": 10, "type": "array" }, "assignmentMode": { "enum": ["Automatic", "Manual"], "type": "string" }, "blockSize": { "type": "integer" }, "cidr": { "maxLength": 48, "type": "string" }, "disableBGPExport": { "type": "boolean" }, "disabled": { "type": "boolean" }, "ipipMode": { "enum": ["", "Never", "Always", "CrossSubnet"], "type": "string" }, "namespaceSelector": { "type": "string", "maxLength": 1024 }, "natOutgoing": { "type": "boolean" }, "nodeSelector": { "type": "string", "maxLength": 1024 }, "vxlanMode": { "enum": ["", "Never", "Always", "CrossSubnet"], "type": "string" }, "ipip": { "type": "object" }, "nat-outgoing": { "type": "boolean" }, "awsSubnetID": { "type": "string" } } };
    const func0 = Object.prototype.hasOwnProperty;
    const func2 = require_ucs2length().default;
    function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.cidr === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cidr" }, message: "must have required property 'cidr'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func0.call(schema2.properties, key0)) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.allowedUses !== void 0) {
          let data0 = data.allowedUses;
          if (Array.isArray(data0)) {
            if (data0.length > 10) {
              const err2 = { instancePath: instancePath + "/allowedUses", schemaPath: "#/properties/allowedUses/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data0[i0] !== "string") {
                const err3 = { instancePath: instancePath + "/allowedUses/" + i0, schemaPath: "#/properties/allowedUses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/allowedUses", schemaPath: "#/properties/allowedUses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.assignmentMode !== void 0) {
          let data2 = data.assignmentMode;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data2 === "Automatic" || data2 === "Manual")) {
            const err6 = { instancePath: instancePath + "/assignmentMode", schemaPath: "#/properties/assignmentMode/enum", keyword: "enum", params: { allowedValues: schema2.properties.assignmentMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.blockSize !== void 0) {
          let data3 = data.blockSize;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err7 = { instancePath: instancePath + "/blockSize", schemaPath: "#/properties/blockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.cidr !== void 0) {
          let data4 = data.cidr;
          if (typeof data4 === "string") {
            if (func2(data4) > 48) {
              const err8 = { instancePath: instancePath + "/cidr", schemaPath: "#/properties/cidr/maxLength", keyword: "maxLength", params: { limit: 48 }, message: "must NOT have more than 48 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/cidr", schemaPath: "#/properties/cidr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.disableBGPExport !== void 0) {
          if (typeof data.disableBGPExport !== "boolean") {
            const err10 = { instancePath: instancePath + "/disableBGPExport", schemaPath: "#/properties/disableBGPExport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.disabled !== void 0) {
          if (typeof data.disabled !== "boolean") {
            const err11 = { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.ipipMode !== void 0) {
          let data7 = data.ipipMode;
          if (typeof data7 !== "string") {
            const err12 = { instancePath: instancePath + "/ipipMode", schemaPath: "#/properties/ipipMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data7 === "" || data7 === "Never" || data7 === "Always" || data7 === "CrossSubnet")) {
            const err13 = { instancePath: instancePath + "/ipipMode", schemaPath: "#/properties/ipipMode/enum", keyword: "enum", params: { allowedValues: schema2.properties.ipipMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.namespaceSelector !== void 0) {
          let data8 = data.namespaceSelector;
          if (typeof data8 === "string") {
            if (func2(data8) > 1024) {
              const err14 = { instancePath: instancePath + "/namespaceSelector", schemaPath: "#/properties/namespaceSelector/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/namespaceSelector", schemaPath: "#/properties/namespaceSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.natOutgoing !== void 0) {
          if (typeof data.natOutgoing !== "boolean") {
            const err16 = { instancePath: instancePath + "/natOutgoing", schemaPath: "#/properties/natOutgoing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.nodeSelector !== void 0) {
          let data10 = data.nodeSelector;
          if (typeof data10 === "string") {
            if (func2(data10) > 1024) {
              const err17 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.vxlanMode !== void 0) {
          let data11 = data.vxlanMode;
          if (typeof data11 !== "string") {
            const err19 = { instancePath: instancePath + "/vxlanMode", schemaPath: "#/properties/vxlanMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data11 === "" || data11 === "Never" || data11 === "Always" || data11 === "CrossSubnet")) {
            const err20 = { instancePath: instancePath + "/vxlanMode", schemaPath: "#/properties/vxlanMode/enum", keyword: "enum", params: { allowedValues: schema2.properties.vxlanMode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.ipip !== void 0) {
          let data12 = data.ipip;
          if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
            const err21 = { instancePath: instancePath + "/ipip", schemaPath: "#/properties/ipip/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data["nat-outgoing"] !== void 0) {
          if (typeof data["nat-outgoing"] !== "boolean") {
            const err22 = { instancePath: instancePath + "/nat-outgoing", schemaPath: "#/properties/nat-outgoing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data.awsSubnetID !== void 0) {
          if (typeof data.awsSubnetID !== "string") {
            const err23 = { instancePath: instancePath + "/awsSubnetID", schemaPath: "#/properties/awsSubnetID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      validate2.errors = vErrors;
      return errors === 0;
    }
    return module2.exports;
  })(),
  (() => {
    const module2 = { exports: {} };
    const exports2 = module2.exports;
    "use strict";
    module2.exports = validate3;
    module2.exports.default = validate3;
    const schema3 = { "$id": "calico-ipam-lint/ipreservation-spec", "type": "object", "additionalProperties": false, "properties": { "reservedCIDRs": { "items": { "type": "string" }, "type": "array" } } };
    function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "reservedCIDRs")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.reservedCIDRs !== void 0) {
          let data0 = data.reservedCIDRs;
          if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data0[i0] !== "string") {
                const err1 = { instancePath: instancePath + "/reservedCIDRs/" + i0, schemaPath: "#/properties/reservedCIDRs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
          } else {
            const err2 = { instancePath: instancePath + "/reservedCIDRs", schemaPath: "#/properties/reservedCIDRs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      validate3.errors = vErrors;
      return errors === 0;
    }
    return module2.exports;
  })()
];
