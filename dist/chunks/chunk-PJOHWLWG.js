import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UZMCNIHN.js";

// lazy-package:yaml
var require_yaml = __commonJS({
  "lazy-package:yaml"(exports, module) {
    var real;
    var load = () => real ??= (0, __require)("./yaml.cjs");
    for (const name of ["Composer", "Document", "Schema", "YAMLError", "YAMLParseError", "YAMLWarning", "Alias", "isAlias", "isCollection", "isDocument", "isMap", "isNode", "isPair", "isScalar", "isSeq", "Pair", "Scalar", "YAMLMap", "YAMLSeq", "CST", "Lexer", "LineCounter", "Parser", "parse", "parseAllDocuments", "parseDocument", "stringify", "visit", "visitAsync"]) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/load/parse.ts
var import_yaml = __toESM(require_yaml(), 1);
var STYLES = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single",
  QUOTE_DOUBLE: "double",
  BLOCK_LITERAL: "literal",
  BLOCK_FOLDED: "folded"
};
var PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false, strict: true };
var MAX_DEPTH = 500;
function parseSource(path, text2, contextOnly = false) {
  try {
    const guard = { tooDeep: null };
    const composer = new import_yaml.Composer(PARSE_OPTIONS);
    const documents = [];
    for (const doc of composer.compose(cstTokens(text2, guard))) documents.push(convertDocument(path, text2, doc, documents.length));
    const problems = guard.tooDeep ? [{ code: "TOO_DEEP", message: `Collections nested more than ${MAX_DEPTH} levels deep`, span: { file: path, ...guard.tooDeep } }] : [];
    return { path, text: text2, documents, problems, contextOnly };
  } catch (err) {
    const message = err instanceof RangeError ? "the document is nested too deeply to parse" : String(err);
    return {
      path,
      text: text2,
      documents: [],
      problems: [{ code: "PARSE_FAILED", message, span: { file: path, start: 0, end: 0 } }],
      contextOnly
    };
  }
}
function* cstTokens(text2, guard) {
  const parser = new import_yaml.Parser();
  for (const lexeme of new import_yaml.Lexer().lex(text2)) {
    yield* parser.next(lexeme);
    const { stack } = parser;
    if (stack.length > MAX_DEPTH + 1) {
      const top = stack[stack.length - 1];
      const innermost = isCollection(top) ? top : stack[stack.length - 2];
      if (stack.length - 1 - (innermost === top ? 0 : 1) > MAX_DEPTH) {
        const start = Math.min(innermost && "offset" in innermost ? innermost.offset : parser.offset, text2.length);
        guard.tooDeep = { start, end: Math.min(start + 1, text2.length) };
        return;
      }
    }
  }
  yield* parser.end();
}
var isCollection = (t) => t?.type === "block-map" || t?.type === "block-seq" || t?.type === "flow-collection";
function unreadableSource(path, message, contextOnly = false, at = 0, text2 = "") {
  return {
    path,
    text: text2,
    documents: [],
    problems: [{ code: "UNREADABLE", message, span: { file: path, start: at, end: at } }],
    contextOnly
  };
}
function convertDocument(path, text2, doc, index) {
  const first = doc.errors.filter((e) => !commentAfterBlockHeader(text2, e)).reduce((a, e) => a === void 0 || e.pos[0] < a.pos[0] ? e : a, void 0);
  const problems = (first ? [first] : []).map((e) => {
    const start = notInCrlf(text2, Math.min(e.pos[0], text2.length));
    return { code: e.code, message: firstLine(e.message), span: { file: path, start, end: Math.max(start, notInCrlf(text2, Math.min(e.pos[1], text2.length))) } };
  });
  if (problems.length > 0) return { index, root: null, problems };
  try {
    const conv = new Converter(path, text2);
    const root = doc.contents ? conv.convert(doc.contents, void 0) : null;
    if (conv.problems.length === 0 && doc.contents) {
      const excessive = excessiveAliasing(doc.contents, conv.aliasTargets);
      if (excessive) {
        conv.problems.push({
          code: "EXCESSIVE_ALIASING",
          message: `The aliases expand to far more than the document holds (kubectl: \`yaml: document contains excessive aliasing\`)`,
          span: spanOf(path, excessive)
        });
      }
    }
    if (conv.problems.length > 0) return { index, root: null, problems: conv.problems };
    return { index, root, problems };
  } catch (err) {
    const start = doc.range[0];
    const message = err instanceof RangeError ? "the document is nested too deeply to read" : String(err);
    return { index, root: null, problems: [{ code: "PARSE_FAILED", message, span: { file: path, start, end: start } }] };
  }
}
var commentAfterBlockHeader = (text2, e) => e.code === "MISSING_CHAR" && text2[e.pos[0]] === "#" && /(?:^|[\s:\-?\]}])[|>][-+1-9]{0,2}$/.test(text2.slice(text2.lastIndexOf("\n", e.pos[0] - 1) + 1, e.pos[0]));
var notInCrlf = (text2, o) => o > 0 && text2[o - 1] === "\r" && text2[o] === "\n" ? o - 1 : o;
function firstLine(message) {
  const i = message.indexOf(" at line ");
  return (i > 0 ? message.slice(0, i) : message.split("\n")[0] ?? message).trim();
}
function spanOf(path, node) {
  const r = node.range;
  return r ? { file: path, start: r[0], end: r[1] } : { file: path, start: 0, end: 0 };
}
function keyIdentity(k) {
  if (!(0, import_yaml.isScalar)(k)) return null;
  const v = k.value;
  if (typeof v === "symbol") return null;
  return `${typeof v}:${String(v)}`;
}
var Converter = class {
  constructor(path, text2) {
    this.path = path;
    this.text = text2;
  }
  path;
  text;
  problems = [];
  /** Every alias met, with the node it stands for (null when no anchor of that name precedes it). */
  aliasTargets = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  open = /* @__PURE__ */ new Set();
  convert(node, commentBefore) {
    const { path, text: text2 } = this;
    if ((0, import_yaml.isAlias)(node)) {
      const target = this.resolve(node);
      if (!target || this.open.has(target)) {
        this.problems.push(
          target ? { code: "ALIAS_CYCLE", message: `Alias *${node.source} refers to a node that contains it (kubectl: \`yaml: anchor '${node.source}' value contains itself\`)`, span: spanOf(path, node) } : { code: "UNKNOWN_ANCHOR", message: `Alias *${node.source} has no anchor before it (kubectl: \`yaml: unknown anchor '${node.source}' referenced\`)`, span: spanOf(path, node) }
        );
        return { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
      }
      return this.convert(target, commentBefore);
    }
    const seen = this.memo.get(node);
    if (seen) return seen;
    if (node.anchor) this.anchors.set(node.anchor, node);
    this.open.add(node);
    const comment = commentBefore ?? node.commentBefore ?? void 0;
    let out;
    if ((0, import_yaml.isMap)(node)) {
      const entries = [];
      const keys = /* @__PURE__ */ new Set();
      const written2 = /* @__PURE__ */ new Set();
      const merged = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const k = pair.key;
        const v = pair.value;
        const keyText2 = k && (0, import_yaml.isScalar)(k) ? keyString(k.value) : null;
        const keyComment = (k && k.commentBefore) ?? void 0;
        if (k && (!(0, import_yaml.isScalar)(k) || k.anchor)) this.convert(k, void 0);
        if (keyText2 === "<<" && v) {
          const sources = (0, import_yaml.isSeq)(v) ? v.items : [v];
          if ((0, import_yaml.isSeq)(v) && v.anchor) this.anchors.set(v.anchor, v);
          for (const s2 of sources) {
            const m = this.convert(s2, void 0);
            if (m.kind === "map") for (const e of m.entries) merged.push(e);
          }
          continue;
        }
        const id = k ? keyIdentity(k) : null;
        if (id !== null) {
          if (written2.has(id)) {
            const at = k?.range?.[0] ?? 0;
            this.problems.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", span: { file: path, start: at, end: Math.min(at + 1, text2.length) } });
          }
          written2.add(id);
        }
        const value = v ? this.convert(v, void 0) : { kind: "scalar", value: null, style: "plain", span: emptyAfter(path, k ?? node) };
        if (keyText2 === null || !k) continue;
        keys.add(keyText2);
        entries.push(keyComment ? { key: keyText2, keySpan: spanOf(path, k), value, commentBefore: keyComment } : { key: keyText2, keySpan: spanOf(path, k), value });
      }
      for (const e of merged) {
        if (!keys.has(e.key)) {
          keys.add(e.key);
          entries.push(e);
        }
      }
      out = comment ? { kind: "map", entries, span: spanOf(path, node), commentBefore: comment } : { kind: "map", entries, span: spanOf(path, node) };
    } else if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map(
        (it) => it ? this.convert(it, void 0) : { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) }
      );
      out = comment ? { kind: "seq", items, span: spanOf(path, node), commentBefore: comment } : { kind: "seq", items, span: spanOf(path, node) };
    } else if ((0, import_yaml.isScalar)(node)) {
      const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
      const span = spanOf(path, node);
      const raw = node.value;
      const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint" || raw === null ? raw : String(raw);
      const withSource = { kind: "scalar", value, style, span, source: text2.slice(span.start, span.end) };
      out = comment ? { ...withSource, commentBefore: comment } : withSource;
    } else {
      out = { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
    }
    if (node.tag) out = { ...out, tag: node.tag };
    this.open.delete(node);
    this.memo.set(node, out);
    return out;
  }
  /** The last node before the alias that carries its anchor, as YAML defines it. */
  resolve(alias) {
    const target = this.anchors.get(alias.source) ?? null;
    this.aliasTargets.set(alias, target);
    return target;
  }
};
function excessiveAliasing(root, targets) {
  const allowed = (n) => n <= 4e5 ? 0.99 : n >= 4e6 ? 0.1 : 0.99 - 0.89 * ((n - 4e5) / 36e5);
  let decodeCount = 1;
  let aliasCount = 0;
  let aliasDepth = 0;
  let outermost = null;
  const work = [root];
  while (work.length > 0) {
    const w = work.pop();
    if (w && "leave" in w) {
      aliasDepth--;
      continue;
    }
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1e3 && aliasCount / decodeCount > allowed(decodeCount)) return outermost;
    if (!w) continue;
    if ((0, import_yaml.isAlias)(w)) {
      const target = targets.get(w);
      if (!target) continue;
      if (aliasDepth === 0) outermost = w;
      aliasDepth++;
      work.push({ leave: true }, target);
    } else if ((0, import_yaml.isMap)(w)) {
      for (let i = w.items.length - 1; i >= 0; i--) {
        const pair = w.items[i];
        if (!(0, import_yaml.isPair)(pair)) continue;
        const k = pair.key;
        const v = pair.value;
        if (k && (0, import_yaml.isScalar)(k) && keyString(k.value) === "<<") {
          if (v && (0, import_yaml.isSeq)(v)) for (const s2 of v.items) work.push(s2);
          else work.push(v);
          continue;
        }
        work.push(v, k);
      }
    } else if ((0, import_yaml.isSeq)(w)) {
      for (let i = w.items.length - 1; i >= 0; i--) work.push(w.items[i]);
    }
  }
  return null;
}
function keyString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "symbol") return v.description ?? null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null) return "null";
  return null;
}
function emptyAfter(path, key) {
  const r = key.range;
  const at = r ? r[1] : 0;
  return { file: path, start: at, end: at };
}

// src/load/fast/tape.ts
var SCALAR_WIDTH = 2;
var COLLECTION_WIDTH = 4;
var MAX_LENGTH = 2 ** 26 - 1;
var KIND_SCALAR = 0;
var KIND_MAP = 1;
var KIND_SEQ = 2;
var KIND_KEY = 3;
var ST_PLAIN = 0;
var ST_SINGLE = 1;
var ST_DOUBLE = 2;
var ST_LITERAL = 3;
var ST_FOLDED = 4;
var STYLE_NAMES = ["plain", "single", "double", "literal", "folded"];
var kindOf = (tape, r) => (tape[r] ?? 0) & 3;
var packed = (w) => w < 0;
var packedStart = (w) => w >>> 11 & 1048575;
var startOf = (tape, r) => {
  const w = tape[r] ?? 0;
  return packed(w) ? packedStart(w) : tape[r + 1] ?? 0;
};
function endOf(tape, r) {
  const w = tape[r] ?? 0;
  if ((w & 3) === KIND_MAP || (w & 3) === KIND_SEQ) return tape[packed(w) ? r + 1 : r + 2] ?? 0;
  return packed(w) ? packedStart(w) + (w >>> 5 & 63) : (tape[r + 1] ?? 0) + (w >>> 5);
}
var styleOf = (tape, r) => (tape[r] ?? 0) >> 2 & 7;
var countOf = (tape, r) => {
  const w = tape[r] ?? 0;
  return packed(w) ? w >>> 2 & 511 : w >>> 5;
};
var firstOf = (tape, r) => r + (packed(tape[r] ?? 0) ? 3 : COLLECTION_WIDTH);
function after(tape, r) {
  const w = tape[r] ?? 0;
  if ((w & 3) === KIND_MAP || (w & 3) === KIND_SEQ) return tape[packed(w) ? r + 2 : r + 3] ?? 0;
  return r + (packed(w) ? 1 : SCALAR_WIDTH);
}
var PACKED = 1 << 31;
var PACKED_TEXT = 1 << 20;
var PACKED_LENGTHS = 64;
var PACKED_COUNTS = 512;
var newSlabs = () => ({ tape: new Int32Array(0), used: 0 });
var SLAB_MIN = 1 << 12;
var SLAB_MAX = 1 << 20;
function settle(records, n, roots, bias, slabs) {
  let base = slabs.used;
  if (slabs.tape.length - base < n) {
    slabs.tape = new Int32Array(Math.max(n, Math.min(SLAB_MAX, Math.max(SLAB_MIN, slabs.tape.length * 2))));
    slabs.used = base = 0;
  }
  const delta = base - bias;
  if (delta !== 0) {
    for (let r = 0; r < n; ) {
      const w = records[r];
      const kind = w & 3;
      if (kind === KIND_MAP || kind === KIND_SEQ) {
        const at = w < 0 ? r + 2 : r + 3;
        records[at] = records[at] + delta;
        r = at + 1;
      } else {
        r += w < 0 ? 1 : SCALAR_WIDTH;
      }
    }
  }
  for (let i = 0; i < roots.length; i++) roots[i] = roots[i] + base;
  slabs.tape.set(records.subarray(0, n), base);
  slabs.used = base + n;
  return slabs.tape;
}

// src/load/fast/scalars.ts
function resolvePlain(s2) {
  const c = s2.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    const n = s2.length;
    if (n === 4) {
      if (c === 110) return s2 === "null" ? null : s2;
      if (c === 116) return s2 === "true" ? true : s2;
      if (c === 78) return s2 === "Null" || s2 === "NULL" ? null : s2;
      if (c === 84) return s2 === "True" || s2 === "TRUE" ? true : s2;
    } else if (n === 5) {
      if (c === 102) return s2 === "false" ? false : s2;
      if (c === 70) return s2 === "False" || s2 === "FALSE" ? false : s2;
    }
    return s2;
  }
  if (c >= 48 && c <= 57) {
    let i = 1;
    while (i < s2.length && s2.charCodeAt(i) >= 48 && s2.charCodeAt(i) <= 57) i++;
    if (i === s2.length) return parseInt(s2, 10);
  } else if (c !== 126 && c !== 43 && c !== 45 && c !== 46 && s2.length > 0) {
    return s2;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s2)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s2)) return s2[0] === "t" || s2[0] === "T";
  if (/^0o[0-7]+$/.test(s2)) return parseInt(s2.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s2)) return parseInt(s2, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s2)) return parseInt(s2.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s2)) {
    return s2.slice(-3).toLowerCase() === "nan" ? NaN : s2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s2)) return parseFloat(s2);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s2)) return parseFloat(s2);
  return s2;
}
function plainIsText(t, start, end) {
  const c = t.charCodeAt(start);
  const n = end - start;
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    if (n === 4) {
      if (c === 110) return !t.startsWith("null", start);
      if (c === 116) return !t.startsWith("true", start);
      if (c === 78) return !t.startsWith("Null", start) && !t.startsWith("NULL", start);
      if (c === 84) return !t.startsWith("True", start) && !t.startsWith("TRUE", start);
    } else if (n === 5) {
      if (c === 102) return !t.startsWith("false", start);
      if (c === 70) return !t.startsWith("False", start) && !t.startsWith("FALSE", start);
    }
    return true;
  }
  return n > 0 && !(c >= 48 && c <= 57) && c !== 126 && c !== 43 && c !== 45 && c !== 46;
}
function scalarValue(t, style, start, end) {
  const src = t.slice(start, end);
  switch (style) {
    case ST_PLAIN:
      return resolvePlain(src.indexOf("\n") === -1 ? src : unfoldLines(src));
    case ST_SINGLE: {
      const inner = src.slice(1, -1);
      return inner.indexOf("\n") === -1 && inner.indexOf("'") === -1 ? inner : unfoldLines(inner).replace(/''/g, "'");
    }
    case ST_DOUBLE:
      return src.indexOf("\\") === -1 && src.indexOf("\n") === -1 ? src.slice(1, -1) : doubleQuotedValue(src);
    default:
      return blockScalarValue(src);
  }
}
function keyText(t, style, start, end) {
  const v = scalarValue(t, style, start, end);
  return typeof v === "string" ? v : v === null ? "null" : String(v);
}
function unfoldLines(source) {
  const line = /(.*?)\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = (match[1] ?? "").replace(/(?<! ) +$/, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = (match[1] ?? "").replace(/^ +|(?<! ) +$/g, "");
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = / *(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
var ESCAPE_CODES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function doubleQuotedValue(source) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\n") {
      let fold = "";
      let n = source[i + 1];
      while (n === " " || n === "\n") {
        if (n === "\n") fold += "\n";
        i += 1;
        n = source[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = next === void 0 ? void 0 : ESCAPE_CODES[next];
      if (cc) res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " ") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += String.fromCodePoint(parseInt(source.substr(i + 1, length), 16));
        i += length;
      }
    } else if (ch === " ") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " ") next = source[++i + 1];
      if (next !== "\n") res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}
function blockScalarValue(src) {
  const nl = src.indexOf("\n");
  const header = src.slice(0, nl);
  const folded = header[0] === ">";
  const chomp = header[1] === "-" || header[1] === "+" ? header[1] : "";
  const body = src.slice(nl + 1);
  const lines = splitLines(body);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if ((lines[i]?.[1] ?? "") === "") chompStart = i;
    else break;
  }
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (content === "") {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if ((lines[i]?.[0].length ?? 0) > trimIndent) chompStart = i + 1;
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += (lines[i]?.[0] ?? "").slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent) {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + (lines[i]?.[0] ?? "").slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp !== "-") {
    value += "\n";
  }
  return value;
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0] ?? "";
  const m = /^( *)/.exec(first);
  const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i] ?? "", split[i + 1] ?? ""]);
  return lines;
}

// src/load/fast/scanner.ts
var LAST_SCALAR = 0;
var LAST_BLOCK_SCALAR = 1;
var LAST_EMPTY = 2;
var LAST_COLLECTION = 3;
var LF = 10;
var SP = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var COMMA = 44;
var SQ = 39;
var DQ = 34;
var LBRACK = 91;
var RBRACK = 93;
var LBRACE = 123;
var RBRACE = 125;
var BACKSLASH = 92;
var FAST_MAX_DEPTH = 100;
var MAX_KEY_LENGTH = 1e3;
var DECLINED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
var newScratch = () => ({ buffer: new Int32Array(1 << 14) });
var SCRATCH_MAX = 1 << 24;
var Decline = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function scan(path, text2, scratch = newScratch(), keys = /* @__PURE__ */ new Map(), slabs = newSlabs(), plain = false) {
  if (!plain && DECLINED_CHARS.test(text2)) return new Decline("control, tab, CR or BOM character");
  const p = new FastParser(text2, scratch, slabs.used);
  try {
    const roots = p.stream();
    return { path, text: text2, tape: settle(p.tape, p.n, roots, p.bias, slabs), roots, keys };
  } catch (e) {
    if (e instanceof Decline) return e;
    if (e instanceof RangeError) return new Decline("stack");
    throw e;
  }
}
var FastParser = class {
  constructor(text2, scratch, bias) {
    this.text = text2;
    this.scratch = scratch;
    this.bias = bias;
    this.len = text2.length;
    this.tape = scratch.buffer;
    this.keys = new KeyStack(text2);
  }
  text;
  scratch;
  bias;
  tape;
  /** Int32 written. */
  n = 0;
  /** Start of the next line holding content (not blank, not only a comment), or the text's length. */
  pos = 0;
  /** End of the last line that belongs to the node just parsed, its line break included. */
  endMark = 0;
  depth = 0;
  /** What the last node parsed was, for the comment lines after it (see `gap`). */
  lastKind = 0;
  /** Start of the line after the last node parsed. */
  gapStart = 0;
  /** Comment lines after the last value that go to a collection's end rather than the value's. */
  pendingEnd = -1;
  pendingIndent = -1;
  /** The last value was empty with a comment on its line. */
  emptyComment = false;
  /** The end of the last value, when it is empty and comments follow it. */
  emptyEnd = -1;
  /** The keys of the mappings being read, for the duplicate check. */
  keys;
  len;
  // ---------------------------------------------------------------------------------------------
  // Records
  /** Room for one more record of any width. */
  room() {
    const t = this.tape;
    if (this.n + COLLECTION_WIDTH <= t.length) return t;
    const bigger = new Int32Array(t.length * 2);
    bigger.set(t);
    this.tape = bigger;
    if (bigger.length <= SCRATCH_MAX) this.scratch.buffer = bigger;
    return bigger;
  }
  /** A scalar or key record, packed into one word when it fits. */
  rec(kind, style, start, end) {
    const o = this.n;
    const t = this.room();
    const length = end - start;
    if (start < PACKED_TEXT && length < PACKED_LENGTHS) {
      t[o] = kind | style << 2 | length << 5 | start << 11 | PACKED;
      this.n = o + 1;
    } else {
      if (length > MAX_LENGTH) throw new Decline("scalar too long");
      t[o] = kind | style << 2 | length << 5;
      t[o + 1] = start;
      this.n = o + SCALAR_WIDTH;
    }
    return o;
  }
  /**
   * A collection's record, before its entries: packed (three words) when it starts early enough in
   * the text, as most collections have fewer than 512 entries; `close` widens it when not.
   */
  open(kind, start) {
    const o = this.n;
    const t = this.room();
    if (start < PACKED_TEXT) {
      t[o] = kind | start << 11 | PACKED;
      this.n = o + 3;
    } else {
      t[o] = kind;
      t[o + 1] = start;
      this.n = o + COLLECTION_WIDTH;
    }
    return o;
  }
  close(o, kind, count, end) {
    let t = this.tape;
    const w = t[o];
    if (w < 0) {
      if (count < PACKED_COUNTS) {
        t[o] = w | count << 2;
        t[o + 1] = end;
        t[o + 2] = this.n + this.bias;
        return;
      }
      t = this.widen(o);
      t[o + 1] = w >>> 11 & 1048575;
    }
    if (count > MAX_LENGTH) throw new Decline("collection too large");
    t[o] = kind | count << 5;
    t[o + 2] = end;
    t[o + 3] = this.n + this.bias;
  }
  /**
   * The packed collection record at `o` has too many entries to stay packed: its subtree moves one
   * word on (a collection of 512 entries or more, rare in manifests), and so do the offsets after
   * of the collections in it.
   */
  widen(o) {
    const t = this.room();
    const n = this.n;
    t.copyWithin(o + COLLECTION_WIDTH, o + 3, n);
    this.n = n + 1;
    for (let r = o + COLLECTION_WIDTH; r <= n; ) {
      const w = t[r];
      const kind = w & 3;
      if (kind === KIND_MAP || kind === KIND_SEQ) {
        if (w < 0) {
          t[r + 2] = t[r + 2] + 1;
          r += 3;
        } else {
          t[r + 3] = t[r + 3] + 1;
          r += COLLECTION_WIDTH;
        }
      } else {
        r += w < 0 ? 1 : SCALAR_WIDTH;
      }
    }
    return t;
  }
  // ---------------------------------------------------------------------------------------------
  // Lines
  // The scanner asks for the same line's end, indentation and key more than once (a key's line is
  // looked at by its parent, by the mapping and by the value): each is remembered for the last
  // offset asked, which saved a fifth of the scanning of manifests.
  /** Any offset in [leFrom, leEnd] has its line end at leEnd (no line break in between). */
  leFrom = 1;
  leEnd = 0;
  indLs = -1;
  indVal = 0;
  kcP = -1;
  kcVal = -1;
  // The next `:` and `#` from an offset, remembered as line ends are: most lines hold one `:` (their
  // key's) and no `#`, so a key or a value is told from them without a loop over its characters.
  colonFrom = 1;
  colonAt = 0;
  hashFrom = 1;
  hashAt = 0;
  /** Offset of the first `:` at or after `p`, or the text's length. */
  nextColon(p) {
    if (p >= this.colonFrom && p <= this.colonAt) return this.colonAt;
    const i = this.text.indexOf(":", p);
    this.colonFrom = p;
    return this.colonAt = i === -1 ? this.len : i;
  }
  /** Offset of the first `#` at or after `p`, or the text's length. */
  nextHash(p) {
    if (p >= this.hashFrom && p <= this.hashAt) return this.hashAt;
    const i = this.text.indexOf("#", p);
    this.hashFrom = p;
    return this.hashAt = i === -1 ? this.len : i;
  }
  lineEnd(p) {
    if (p >= this.leFrom && p <= this.leEnd) return this.leEnd;
    const i = this.text.indexOf("\n", p);
    const e = i === -1 ? this.len : i;
    this.leFrom = p;
    this.leEnd = e;
    return e;
  }
  /** After the line break of the line holding `p` (or the end of the text). */
  nextLine(p) {
    const e = this.lineEnd(p);
    return e < this.len ? e + 1 : this.len;
  }
  indentAt(ls) {
    if (ls === this.indLs) return this.indVal;
    const t = this.text;
    let i = ls;
    while (t.charCodeAt(i) === SP) i++;
    this.indLs = ls;
    return this.indVal = i - ls;
  }
  /** From line start `ls`, the start of the first line with content (not blank or a comment). */
  contentLine(ls) {
    const t = this.text;
    const len = this.len;
    while (ls < len) {
      let i = ls;
      if (ls === this.indLs) i += this.indVal;
      else while (t.charCodeAt(i) === SP) i++;
      const c = t.charCodeAt(i);
      if (i < len && c !== LF && c !== HASH) {
        this.indLs = ls;
        this.indVal = i - ls;
        return ls;
      }
      ls = this.nextLine(i);
    }
    return len;
  }
  /** `---` or `...` at `ls`, followed by a space, a line break or the end. */
  isMarker(ls) {
    const t = this.text;
    const c = t.charCodeAt(ls);
    if (c !== DASH && c !== DOT || t.charCodeAt(ls + 1) !== c || t.charCodeAt(ls + 2) !== c) return false;
    return ls + 3 >= this.len || isWhite(t.charCodeAt(ls + 3));
  }
  /** The rest of the line from `p` is spaces and perhaps a comment after a space; else decline. */
  restOfLine(p, what) {
    const t = this.text;
    const start = p;
    while (t.charCodeAt(p) === SP) p++;
    if (p >= this.len || t.charCodeAt(p) === LF) return this.nextLine(p);
    if (t.charCodeAt(p) === HASH && p > start) return this.nextLine(p);
    throw new Decline(`content after ${what}`);
  }
  // ---------------------------------------------------------------------------------------------
  // Stream and documents
  stream() {
    const t = this.text;
    const roots = [];
    let ls = this.contentLine(0);
    let first = true;
    while (ls < this.len) {
      if (this.isMarker(ls)) {
        if (t.charCodeAt(ls) === DOT) throw new Decline("document end marker");
        let q = ls + 3;
        while (t.charCodeAt(q) === SP) q++;
        const c2 = t.charCodeAt(q);
        if (q < this.len && c2 !== LF && !(c2 === HASH && q > ls + 3)) throw new Decline("content after ---");
        const body = this.contentLine(this.nextLine(q));
        if (body >= this.len || this.indentAt(body) === 0 && this.isMarker(body)) {
          roots.push(this.rec(KIND_SCALAR, ST_PLAIN, q, q));
          ls = body;
          first = false;
          continue;
        }
        ls = body;
      } else if (!first) {
        throw new Decline("content after the document");
      }
      first = false;
      const c = t.charCodeAt(ls + this.indentAt(ls));
      if (c === 37) throw new Decline("directive");
      roots.push(this.blockNode(ls, -1));
      this.nextItem();
      ls = this.pos;
      if (ls < this.len && !(this.indentAt(ls) === 0 && this.isMarker(ls))) throw new Decline("content after the document");
    }
    return roots;
  }
  // ---------------------------------------------------------------------------------------------
  // Block nodes
  /** The block node whose first line starts at `ls` (a content line), inside a parent at `parent`. */
  blockNode(ls, parent) {
    const t = this.text;
    const col = this.indentAt(ls);
    const c = ls + col;
    const ch = t.charCodeAt(c);
    if (ch === DASH && isWhiteOrEnd(t, c + 1, this.len)) return this.blockSeq(col, c);
    if (this.keyColon(c, false) !== -1) return this.blockMap(col, c);
    if (ch === LBRACK || ch === LBRACE) return this.flowInBlock(c, parent);
    if (parent < 0) throw new Decline("a scalar document");
    if (ch === SQ || ch === DQ) return this.quoted(c, parent, false, true);
    if (ch === 124 || ch === 62) throw new Decline("block scalar header on its own line");
    return this.plain(c, parent);
  }
  /**
   * When a block mapping key starts at `p`, the offset of its `:` indicator; else -1. A plain key
   * ends at `: ` (or `:` at the end of the line), a quoted one at its closing quote (single line).
   */
  keyColon(p, flow) {
    if (flow) return this.findKeyColon(p, true);
    if (p === this.kcP) return this.kcVal;
    const colon = this.findKeyColon(p, false);
    this.kcP = p;
    return this.kcVal = colon;
  }
  findKeyColon(p, flow) {
    const t = this.text;
    const ch = t.charCodeAt(p);
    if (ch === SQ || ch === DQ) {
      const close = this.quotedEndOnLine(p);
      if (close === -1) return -1;
      let q = close;
      while (t.charCodeAt(q) === SP) q++;
      if (t.charCodeAt(q) !== COLON) return -1;
      return q;
    }
    if (!plainStart(t, p, this.len, flow)) return -1;
    const e = this.lineEnd(p);
    const first = this.nextColon(p + 1);
    if (first >= e) return -1;
    if (this.nextHash(p + 1) > first) {
      const n = t.charCodeAt(first + 1);
      if (first + 1 >= this.len || n === SP || n === LF) return first;
    }
    for (let i = p + 1; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF) return i;
      } else if (c === HASH && t.charCodeAt(i - 1) === SP) {
        return -1;
      }
    }
    return -1;
  }
  /** Offset after the closing quote of a quoted scalar that ends on the line it starts on, or -1. */
  quotedEndOnLine(p) {
    const t = this.text;
    const q = t.charCodeAt(p);
    for (let i = p + 1; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF) return -1;
      if (q === SQ) {
        if (c === SQ) {
          if (t.charCodeAt(i + 1) === SQ) i++;
          else return i + 1;
        }
      } else if (c === BACKSLASH) {
        i++;
        if (t.charCodeAt(i) === LF) return -1;
      } else if (c === DQ) {
        return i + 1;
      }
    }
    return -1;
  }
  enter() {
    if (++this.depth > FAST_MAX_DEPTH) throw new Decline("deep nesting");
  }
  /** A block mapping at column `col` whose first key starts at `k` (mid-line after `- ` too). */
  blockMap(col, k) {
    this.enter();
    const t = this.text;
    const m = this.open(KIND_MAP, k);
    let count = 0;
    const keys = this.keys.open();
    for (; ; ) {
      const colon = this.keyColon(k, false);
      if (colon === -1) throw new Decline("not a mapping key");
      if (colon - k > MAX_KEY_LENGTH) throw new Decline("long key");
      this.key(k, colon, keys);
      this.mapValue(col, colon + 1);
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || ind === 0 && this.isMarker(ls)) break;
      if (ind > col) throw new Decline("bad indentation in a mapping");
      this.nextItem();
      k = ls + ind;
      const ch = t.charCodeAt(k);
      if (ch === DASH && isWhiteOrEnd(t, k + 1, this.len)) throw new Decline("sequence item among mapping keys");
    }
    this.keys.close(keys);
    this.closeBlock(m, KIND_MAP, count, col);
    return m;
  }
  /**
   * The blank and comment lines between the last value parsed (in a block collection at column
   * `col`) and the next line with content, as the `yaml` package attributes them: comment lines
   * indented past `col` that directly follow a scalar or flow collection belong to it (its end
   * extends over them); the rest, from the first comment line that is not indented past `col`, go
   * to the end of the innermost collection that the next content line closes and that is indented
   * no deeper than some of them (`closeBlock`). Only the ends of collections depend on this.
   */
  gap(col) {
    const t = this.text;
    let ls = this.gapStart;
    let attach = this.lastKind === LAST_SCALAR;
    let comments = false;
    let maxIndent = -1;
    while (ls < this.pos) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const next = this.nextLine(c);
      if (c < this.len && t.charCodeAt(c) !== LF) {
        if (attach && ind > col) {
          this.endMark = next;
        } else {
          attach = false;
          comments = true;
          if (ind > maxIndent) maxIndent = ind;
        }
      }
      ls = next;
    }
    if (this.lastKind === LAST_EMPTY) {
      if (comments || this.emptyComment) this.emptyEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
      return;
    }
    if (!comments) return;
    this.pendingIndent = maxIndent;
    this.pendingEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
  }
  /** The next content line is the next item of the collection: the lines before it are its own. */
  nextItem() {
    this.pendingEnd = -1;
    this.emptyEnd = -1;
  }
  /** Close the block collection at record `r`, at column `col`, that the next content line ends. */
  closeBlock(r, kind, count, col) {
    if (this.emptyEnd !== -1) {
      this.endMark = this.emptyEnd;
      this.emptyEnd = -1;
    }
    const spanEnd = this.endMark;
    if (this.pendingEnd !== -1 && col !== 0 && this.pendingIndent >= col) {
      this.endMark = this.pendingEnd;
      this.pendingEnd = -1;
    }
    this.close(r, kind, count, spanEnd);
    this.depth--;
    this.lastKind = LAST_COLLECTION;
  }
  /** The key record for the key from `k` to the `:` at `colon`. */
  key(k, colon, keys) {
    const t = this.text;
    const ch = t.charCodeAt(k);
    let end;
    let style;
    let id;
    if (ch === SQ || ch === DQ) {
      end = this.quotedEndOnLine(k);
      style = ch === SQ ? ST_SINGLE : ST_DOUBLE;
      if (style === ST_DOUBLE) {
        for (let i = k + 1; i < end - 1; i++) if (t.charCodeAt(i) === BACKSLASH) i += escapeLength(t, i) - 1;
      }
      const v = scalarValue(t, style, k, end);
      if (typeof v !== "string") throw new Decline("bad quoted key");
      id = v;
    } else {
      end = colon;
      while (t.charCodeAt(end - 1) === SP) end--;
      style = ST_PLAIN;
      if (plainIsText(t, k, end)) {
        if (end - k === 2 && ch === 60 && t.charCodeAt(k + 1) === 60) throw new Decline("merge key");
        if (!this.keys.addText(keys, k, end)) throw new Decline("duplicate key");
        this.rec(KIND_KEY, style, k, end);
        return;
      }
      const v = resolvePlain(t.slice(k, end));
      id = typeof v === "string" ? v : `\0${typeof v}:${String(v)}`;
    }
    if (id === "<<") throw new Decline("merge key");
    if (!this.keys.add(keys, id)) throw new Decline("duplicate key");
    this.rec(KIND_KEY, style, k, end);
  }
  /** The value after a mapping key's `:` (at `after - 1`), in a mapping at column `col`. */
  mapValue(col, after2) {
    const t = this.text;
    let q = after2;
    while (t.charCodeAt(q) === SP) q++;
    const ch = t.charCodeAt(q);
    if (q >= this.len || ch === LF || ch === HASH) {
      const next = this.nextLine(q);
      const ls = this.contentLine(next);
      if (ls < this.len) {
        const ind = this.indentAt(ls);
        if (!(ind === 0 && this.isMarker(ls))) {
          if (ind > col) {
            this.blockNode(ls, col);
            return;
          }
          if (ind === col && t.charCodeAt(ls + ind) === DASH && isWhiteOrEnd(t, ls + ind + 1, this.len)) {
            this.blockSeq(col, ls + ind);
            return;
          }
        }
      }
      this.emptyScalar(q, next, ls, false);
      return;
    }
    this.inline(q, col, false);
  }
  /** A null scalar for an empty value: the `yaml` package puts it after the indicator and its spaces. */
  emptyScalar(q, lineNext, nextContent, commentBefore) {
    this.rec(KIND_SCALAR, ST_PLAIN, q, q);
    this.emptyComment = commentBefore || this.text.charCodeAt(q) === HASH;
    this.endMark = q;
    this.gapStart = lineNext;
    this.lastKind = LAST_EMPTY;
    this.pos = nextContent;
  }
  /** A node that starts on the line of its key or `- ` indicator, at `q`. */
  inline(q, parent, inSeq) {
    const t = this.text;
    const ch = t.charCodeAt(q);
    switch (ch) {
      case SQ:
      case DQ:
        this.quoted(q, parent, false, true);
        return;
      case LBRACK:
      case LBRACE:
        this.flowInBlock(q, parent);
        return;
      case 124:
      // |
      case 62:
        this.blockScalar(q, parent);
        return;
      case DASH:
        if (isWhiteOrEnd(t, q + 1, this.len)) throw new Decline(inSeq ? "compact nested sequence" : "sequence after a key");
        break;
    }
    this.plain(q, parent);
  }
  /** A block sequence at column `col`, its first `-` at `d`. */
  blockSeq(col, d) {
    this.enter();
    const t = this.text;
    const s2 = this.open(KIND_SEQ, d);
    let count = 0;
    let commentBefore = false;
    for (; ; ) {
      let q = d + 1;
      while (t.charCodeAt(q) === SP) q++;
      const ch = t.charCodeAt(q);
      if (q >= this.len || ch === LF || ch === HASH) {
        const next = this.nextLine(q);
        const ls2 = this.contentLine(next);
        let done = false;
        if (ls2 < this.len) {
          const ind2 = this.indentAt(ls2);
          if (ind2 > col && !(ind2 === 0 && this.isMarker(ls2))) {
            this.blockNode(ls2, col);
            done = true;
          }
        }
        if (!done) this.emptyScalar(q, next, ls2, commentBefore);
      } else if (this.keyColon(q, false) !== -1) {
        this.blockMap(col + (q - d), q);
      } else {
        this.inline(q, col, true);
      }
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || ind === 0 && this.isMarker(ls)) break;
      if (ind > col) throw new Decline("bad indentation in a sequence");
      d = ls + ind;
      if (!(t.charCodeAt(d) === DASH && isWhiteOrEnd(t, d + 1, this.len))) break;
      commentBefore = this.pendingEnd !== -1;
      this.nextItem();
    }
    this.closeBlock(s2, KIND_SEQ, count, col);
    return s2;
  }
  // ---------------------------------------------------------------------------------------------
  // Scalars in block context
  /** A plain scalar at `p` in block context; continuation lines must be indented past `parent`. */
  plain(p, parent) {
    const t = this.text;
    if (!plainStart(t, p, this.len, false)) throw new Decline("not a plain scalar");
    const e = this.lineEnd(p);
    let end = this.plainLineEnd(p, e);
    let comment = end < 0;
    if (comment) end = -end;
    let lastLineEnd = e;
    let multi = false;
    if (!comment) {
      let ls = e + 1;
      while (ls < this.len) {
        const ind = this.indentAt(ls);
        const c = ls + ind;
        const ch = t.charCodeAt(c);
        if (c >= this.len || ch === LF) {
          ls = this.nextLine(c);
          continue;
        }
        if (ch === HASH || ind <= parent) break;
        if (ind === 0 && this.isMarker(ls)) break;
        const le = this.lineEnd(c);
        let ce = this.plainLineEnd(c, le);
        if (ce < 0) {
          comment = true;
          ce = -ce;
        }
        end = ce;
        lastLineEnd = le;
        multi = true;
        if (comment) break;
        ls = le + 1;
      }
    }
    const r = this.rec(KIND_SCALAR, ST_PLAIN, p, end);
    if (multi && t.slice(p, end).indexOf(": ") !== -1) throw new Decline("mapping in a plain scalar");
    this.endMark = this.gapStart = lastLineEnd < this.len ? lastLineEnd + 1 : this.len;
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }
  /**
   * End of a plain scalar's content on the line [p, e): before trailing spaces and any comment.
   * Negative (minus the end) when a comment follows. Declines `: ` inside (a mapping).
   */
  plainLineEnd(p, e) {
    const t = this.text;
    let end = p;
    if (this.nextColon(p) >= e && this.nextHash(p) >= e) {
      end = e;
      while (end > p && t.charCodeAt(end - 1) === SP) end--;
      return end;
    }
    for (let i = p; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) return -end;
        continue;
      }
      if (c === COLON && (i + 1 >= e || t.charCodeAt(i + 1) === SP)) throw new Decline("mapping indicator in a plain scalar");
      end = i + 1;
    }
    return end;
  }
  /**
   * A quoted scalar at `p`. In block context, its continuation lines must be indented past
   * `parent`; after it, the rest of the line must be blank (when `block`).
   */
  quoted(p, parent, flow, block) {
    const t = this.text;
    const q = t.charCodeAt(p);
    let i = p + 1;
    let lines = 0;
    for (; ; ) {
      if (i >= this.len) throw new Decline("unterminated quoted scalar");
      const c = t.charCodeAt(i);
      if (c === LF) {
        lines++;
        const ls = i + 1;
        const ind = this.indentAt(ls);
        const fc = t.charCodeAt(ls + ind);
        if (ls + ind < this.len && fc !== LF && ind <= parent) throw new Decline("quoted scalar continuation not indented");
        if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a quoted scalar");
        i = ls;
        continue;
      }
      if (q === SQ) {
        if (c === SQ) {
          if (t.charCodeAt(i + 1) === SQ) {
            i += 2;
            continue;
          }
          break;
        }
      } else if (c === BACKSLASH) {
        i += escapeLength(t, i);
        continue;
      } else if (c === DQ) {
        break;
      }
      i++;
    }
    const end = i + 1;
    if (lines > 0 && flow) throw new Decline("multi-line quoted scalar in a flow collection");
    const r = this.rec(KIND_SCALAR, q === SQ ? ST_SINGLE : ST_DOUBLE, p, end);
    if (block) {
      this.endMark = this.gapStart = this.restOfLine(end, "a quoted scalar");
      this.lastKind = LAST_SCALAR;
      this.pos = this.contentLine(this.endMark);
    } else {
      this.pos = end;
    }
    return r;
  }
  /** A literal or folded block scalar whose header starts at `h`, under a parent at `parent`. */
  blockScalar(h, parent) {
    const t = this.text;
    const mode = t.charCodeAt(h);
    let i = h + 1;
    let keep = false;
    const c1 = t.charCodeAt(i);
    if (c1 === DASH || c1 === 43) {
      keep = c1 === 43;
      i++;
    }
    const c2 = t.charCodeAt(i);
    if (c2 >= 48 && c2 <= 57) throw new Decline("block scalar indentation indicator");
    const headerEnd = this.restOfLine(i, "a block scalar header");
    let ls = headerEnd;
    let maxBlank = 0;
    let indent = -1;
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      if (c >= this.len) break;
      if (t.charCodeAt(c) === LF) {
        if (ind > maxBlank) maxBlank = ind;
        ls = c + 1;
        continue;
      }
      indent = ind;
      break;
    }
    if (indent <= parent || indent < 0) throw new Decline("empty block scalar");
    if (maxBlank > indent) throw new Decline("more-indented leading blank line");
    let lastContent = ls;
    let after2 = ls;
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const blank = c >= this.len || t.charCodeAt(c) === LF;
      if ((!blank || c >= this.len) && ind < indent) break;
      if (ind === 0 && !blank && this.isMarker(ls)) break;
      const next = this.nextLine(c);
      if (!blank || ind > indent) lastContent = ls;
      after2 = next;
      ls = next;
    }
    const end = keep ? after2 : this.nextLine(lastContent);
    const r = this.rec(KIND_SCALAR, mode === 124 ? ST_LITERAL : ST_FOLDED, h, end);
    this.endMark = end;
    this.gapStart = after2;
    this.lastKind = LAST_BLOCK_SCALAR;
    this.pos = this.contentLine(after2);
    return r;
  }
  // ---------------------------------------------------------------------------------------------
  // Flow collections
  /** A flow collection at `p` in block context: continuation lines indented past `parent`. */
  flowInBlock(p, parent) {
    const r = this.flow(p, parent, true);
    const t = this.text;
    let q = this.pos;
    while (t.charCodeAt(q) === SP) q++;
    if (t.charCodeAt(q) === COLON) throw new Decline("flow collection as a key");
    this.endMark = this.gapStart = this.restOfLine(this.pos, "a flow collection");
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }
  /** Skip spaces and line breaks inside a flow collection; checks the indentation of new lines. */
  flowSpace(p, parent) {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === SP) {
        p++;
      } else if (c === LF) {
        const ls = p + 1;
        const ind = this.indentAt(ls);
        const fc = t.charCodeAt(ls + ind);
        if (ls + ind < this.len && fc !== LF) {
          if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a flow collection");
          const closing = (fc === RBRACK || fc === RBRACE) && this.depth === this.flowBase + 1 && ind === parent;
          if (ind <= parent && !closing) throw new Decline("flow collection not indented");
        }
        p = ls + ind;
      } else if (c === HASH) {
        throw new Decline("comment in a flow collection");
      } else {
        return p;
      }
    }
  }
  /** Depth at which the outermost flow collection being read started. */
  flowBase = 0;
  flow(p, parent, outermost) {
    if (outermost) this.flowBase = this.depth;
    this.enter();
    const t = this.text;
    const isMap2 = t.charCodeAt(p) === LBRACE;
    const close = isMap2 ? RBRACE : RBRACK;
    const r = this.open(isMap2 ? KIND_MAP : KIND_SEQ, p);
    const keys = isMap2 ? this.keys.open() : -1;
    let count = 0;
    let q = this.flowSpace(p + 1, parent);
    if (t.charCodeAt(q) === close) {
      q++;
    } else {
      for (; ; ) {
        if (isMap2) {
          q = this.flowKey(q, parent, keys);
          q = this.flowSpace(q, parent);
          q = this.flowItem(q, parent);
        } else {
          q = this.flowItem(q, parent);
          q = this.flowSpace(q, parent);
          if (t.charCodeAt(q) === COLON) throw new Decline("pair in a flow sequence");
        }
        count++;
        q = this.flowSpace(q, parent);
        const c = t.charCodeAt(q);
        if (c === COMMA) {
          q = this.flowSpace(q + 1, parent);
          if (t.charCodeAt(q) === close || t.charCodeAt(q) === COMMA) throw new Decline("empty flow entry");
          continue;
        }
        if (c === close) {
          q++;
          break;
        }
        throw new Decline("unexpected character in a flow collection");
      }
    }
    if (isMap2) this.keys.close(keys);
    this.close(r, isMap2 ? KIND_MAP : KIND_SEQ, count, q);
    this.depth--;
    this.pos = q;
    return r;
  }
  /** A flow mapping key at `q` and its `:`; returns the offset after the `:`. */
  flowKey(q, parent, keys) {
    const t = this.text;
    const ch = t.charCodeAt(q);
    let end;
    let colon;
    if (ch === SQ || ch === DQ) {
      end = this.quotedEndOnLine(q);
      if (end === -1) throw new Decline("flow key over several lines");
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON) throw new Decline("flow key without a value");
    } else {
      if (!plainStart(t, q, this.len, true)) throw new Decline("bad flow key");
      end = this.flowPlainEnd(q);
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON || !isWhiteOrEnd(t, colon + 1, this.len)) throw new Decline("flow key without a value");
    }
    if (colon - q > MAX_KEY_LENGTH) throw new Decline("long key");
    this.key(q, colon, keys);
    const v = this.flowSpace(colon + 1, parent);
    const c = t.charCodeAt(v);
    if (c === COMMA || c === RBRACE || c === RBRACK) throw new Decline("empty flow value");
    return v;
  }
  /** One flow node at `q`; returns the offset after it. */
  flowItem(q, parent) {
    const t = this.text;
    const ch = t.charCodeAt(q);
    if (ch === LBRACK || ch === LBRACE) {
      this.flow(q, parent, false);
      return this.pos;
    }
    if (ch === SQ || ch === DQ) {
      this.quoted(q, parent, true, false);
      return this.pos;
    }
    if (!plainStart(t, q, this.len, true)) throw new Decline("bad flow scalar");
    const end = this.flowPlainEnd(q);
    this.rec(KIND_SCALAR, ST_PLAIN, q, end);
    let n = end;
    while (t.charCodeAt(n) === SP) n++;
    if (t.charCodeAt(n) === LF) {
      n = this.flowSpace(n, parent);
      const c = t.charCodeAt(n);
      if (c !== COMMA && c !== RBRACK && c !== RBRACE) throw new Decline("multi-line plain scalar in a flow collection");
    }
    return end;
  }
  /** End of a plain scalar in flow context on its line (before trailing spaces). */
  flowPlainEnd(q) {
    const t = this.text;
    let end = q;
    for (let i = q; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF || c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE) break;
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) throw new Decline("comment in a flow collection");
        continue;
      }
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF || n === COMMA || n === LBRACK || n === RBRACK || n === LBRACE || n === RBRACE) break;
      }
      end = i + 1;
    }
    return end;
  }
};
var KeyStack = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  ids = [];
  starts = [];
  ends = [];
  n = 0;
  big = null;
  /** A new mapping's base. */
  open() {
    return this.n;
  }
  /** Record `id` in the mapping at `base`; false when it holds it already. */
  add(base, id) {
    const n = this.n;
    if (n - base >= 16) return this.addBig(base, id);
    const { ids, starts, ends, text: text2 } = this;
    for (let i = base; i < n; i++) {
      const other = ids[i];
      if (other === id) return false;
      if (other === null) {
        const s2 = starts[i];
        if (ends[i] - s2 === id.length && text2.startsWith(id, s2)) return false;
      }
    }
    ids[n] = id;
    starts[n] = 0;
    ends[n] = 0;
    this.n = n + 1;
    return true;
  }
  /** Record the key whose identity is the text from `start` to `end`; false when it is there. */
  addText(base, start, end) {
    const n = this.n;
    if (n - base >= 16) return this.addBig(base, this.text.slice(start, end));
    const { ids, starts, ends, text: text2 } = this;
    const len = end - start;
    for (let i = base; i < n; i++) {
      const other = ids[i];
      if (other === null) {
        const s2 = starts[i];
        if (ends[i] - s2 === len && sameText(text2, s2, start, len)) return false;
      } else if (other !== void 0 && other.length === len && text2.startsWith(other, start)) {
        return false;
      }
    }
    ids[n] = null;
    starts[n] = start;
    ends[n] = end;
    this.n = n + 1;
    return true;
  }
  addBig(base, id) {
    const big = this.big ??= /* @__PURE__ */ new Map();
    let set = big.get(base);
    if (!set) {
      set = /* @__PURE__ */ new Set();
      for (let i = base; i < this.n; i++) set.add(this.ids[i] ?? this.text.slice(this.starts[i], this.ends[i]));
      big.set(base, set);
    }
    if (set.has(id)) return false;
    set.add(id);
    return true;
  }
  /** The mapping at `base` is read: drop its keys. */
  close(base) {
    this.n = base;
    if (this.big !== null) this.big.delete(base);
  }
};
function sameText(t, a, b, len) {
  for (let i = 0; i < len; i++) if (t.charCodeAt(a + i) !== t.charCodeAt(b + i)) return false;
  return true;
}
var isWhite = (c) => c === SP || c === LF || Number.isNaN(c);
var isWhiteOrEnd = (t, i, len) => i >= len || isWhite(t.charCodeAt(i));
function asciiTable(chars) {
  const table = new Uint8Array(128);
  for (const c of chars) table[c] = 1;
  return table;
}
var INDICATORS = asciiTable([45, 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96]);
var FLOW_INDICATORS = asciiTable([COMMA, LBRACK, RBRACK, LBRACE, RBRACE]);
var ESCAPES = new Set([...'0abefnrtvN_LP "/\\'].map((c) => c.charCodeAt(0)));
function escapeLength(t, i) {
  const n = t.charCodeAt(i + 1);
  if (n === 120 || n === 117 || n === 85) {
    const len = n === 120 ? 2 : n === 117 ? 4 : 8;
    const hex = t.slice(i + 2, i + 2 + len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 1114111) throw new Decline("bad escape");
    return 2 + len;
  }
  if (!ESCAPES.has(n) && n !== LF) throw new Decline("bad escape");
  return 2;
}
function plainStart(t, p, len, flow) {
  if (p >= len) return false;
  const c = t.charCodeAt(p);
  if (c === SP || c === LF) return false;
  if (c >= 128 || INDICATORS[c] === 0) return true;
  if (c !== DASH && c !== 63 && c !== COLON) return false;
  const n = t.charCodeAt(p + 1);
  if (p + 1 >= len || n === SP || n === LF) return false;
  return !(flow && n < 128 && FLOW_INDICATORS[n] === 1);
}

// src/load/fast/views.ts
var spanOf2 = (tree, r) => ({ file: tree.path, start: startOf(tree.tape, r), end: endOf(tree.tape, r) });
function isNullOrBoolWord(text2, start, length) {
  if (length === 4) {
    const c = text2.charCodeAt(start);
    if (c === 110 || c === 78) return text2.startsWith("null", start) || text2.startsWith("Null", start) || text2.startsWith("NULL", start);
    if (c === 116 || c === 84) return text2.startsWith("true", start) || text2.startsWith("True", start) || text2.startsWith("TRUE", start);
    return false;
  }
  return length === 5 && (text2.startsWith("false", start) || text2.startsWith("False", start) || text2.startsWith("FALSE", start));
}
function keyIs(tree, k, key) {
  const { tape, text: text2 } = tree;
  const start = startOf(tape, k);
  const end = endOf(tape, k);
  const style = styleOf(tape, k);
  if (style === ST_PLAIN) {
    const c = text2.charCodeAt(start);
    if ((c >= 97 && c <= 122 || c >= 65 && c <= 90) && !isNullOrBoolWord(text2, start, end - start)) return end - start === key.length && text2.startsWith(key, start);
  } else if (end - start - 2 < key.length && style !== ST_LITERAL && style !== ST_FOLDED) {
    return false;
  }
  return keyText(text2, style, start, end) === key;
}
function view(tree, r) {
  const kind = kindOf(tree.tape, r);
  if (kind === KIND_MAP) return new FastMap(tree, r);
  if (kind === KIND_SEQ) return new FastSeq(tree, r);
  return new FastScalar(tree, r);
}
var FastScalar = class {
  constructor(tree, r) {
    this.tree = tree;
    this.r = r;
    const t = tree.tape;
    this.value = scalarValue(tree.text, styleOf(t, r), startOf(t, r), endOf(t, r));
  }
  tree;
  r;
  value;
  get kind() {
    return "scalar";
  }
  get style() {
    return STYLE_NAMES[styleOf(this.tree.tape, this.r)] ?? "plain";
  }
  get span() {
    return spanOf2(this.tree, this.r);
  }
  get source() {
    const s2 = spanOf2(this.tree, this.r);
    return this.tree.text.slice(s2.start, s2.end);
  }
};
var FastEntry = class {
  constructor(tree, k, key) {
    this.tree = tree;
    this.k = k;
    this.key = key;
  }
  tree;
  k;
  key;
  get keySpan() {
    return spanOf2(this.tree, this.k);
  }
  get value() {
    return view(this.tree, after(this.tree.tape, this.k));
  }
};
var FastCollection = class {
  constructor(tree, r) {
    this.tree = tree;
    this.r = r;
  }
  tree;
  r;
  get span() {
    return spanOf2(this.tree, this.r);
  }
  get count() {
    return countOf(this.tree.tape, this.r);
  }
};
var FastMap = class extends FastCollection {
  get kind() {
    return "map";
  }
  /** The entries, listed anew on each access (they hold no state, and neither do the views of their values). */
  get entries() {
    const { tape, text: text2 } = this.tree;
    const n = this.count;
    const out = new Array(n);
    let k = firstOf(tape, this.r);
    for (let i = 0; i < n; i++) {
      const key = internKey(this.tree.keys, keyText(text2, styleOf(tape, k), startOf(tape, k), endOf(tape, k)));
      out[i] = new FastEntry(this.tree, k, key);
      k = after(tape, after(tape, k));
    }
    return out;
  }
  /** The value of the first entry with `key` (as `entry(map, key)?.value`), without listing the entries. */
  valueAt(key) {
    const k = this.keyRecord(key);
    return k === -1 ? void 0 : view(this.tree, after(this.tree.tape, k));
  }
  /** The first entry with `key` (as `entries.find(…)`), without listing the entries. */
  entryAt(key) {
    const k = this.keyRecord(key);
    return k === -1 ? void 0 : new FastEntry(this.tree, k, key);
  }
  /**
   * The first entry with each of `keys` (as `entryAt` for each), found in one walk of the records:
   * a mapping read for several fields is walked once, not once per field.
   */
  entriesAt(keys) {
    const { tree } = this;
    const found = keyRecordsAt(tree, this.r, keys, new Array(keys.length));
    return found.map((k, j) => k === -1 ? void 0 : new FastEntry(tree, k, keys[j]));
  }
  /**
   * The value at `path` below this mapping (`valueAt` key after key), found in the records: no view
   * is made of the mappings passed through, only of the value found.
   */
  valueAtPath(path) {
    const { tree } = this;
    let r = this.r;
    for (const key of path) {
      if (kindOf(tree.tape, r) !== KIND_MAP) return void 0;
      const k = keyRecord(tree, r, key);
      if (k === -1) return void 0;
      r = after(tree.tape, k);
    }
    return view(tree, r);
  }
  keyRecord(key) {
    return keyRecord(this.tree, this.r, key);
  }
};
var FastSeq = class extends FastCollection {
  get kind() {
    return "seq";
  }
  get items() {
    const { tape } = this.tree;
    const n = this.count;
    const out = new Array(n);
    let k = firstOf(tape, this.r);
    for (let j = 0; j < n; j++) {
      out[j] = view(this.tree, k);
      k = after(tape, k);
    }
    return out;
  }
};
function keyRecordsAt(tree, m, keys, out) {
  const { tape } = tree;
  out.fill(-1, 0, keys.length);
  let left = keys.length;
  const n = countOf(tape, m);
  let k = firstOf(tape, m);
  for (let i = 0; i < n && left > 0; i++) {
    for (let j = 0; j < keys.length; j++) {
      if (out[j] === -1 && keyIs(tree, k, keys[j])) {
        out[j] = k;
        left--;
        break;
      }
    }
    k = after(tape, after(tape, k));
  }
  return out;
}
function keyRecord(tree, m, key) {
  const { tape } = tree;
  const n = countOf(tape, m);
  let k = firstOf(tape, m);
  for (let i = 0; i < n; i++) {
    if (keyIs(tree, k, key)) return k;
    k = after(tape, after(tape, k));
  }
  return -1;
}
var isFastMap = (map) => map instanceof FastMap;
function internKey(keys, k) {
  if (k.length > 64) return k;
  const seen = keys.get(k);
  if (seen !== void 0) return seen;
  if (keys.size > 1e5) keys.clear();
  keys.set(k, k);
  return k;
}

// src/load/fast/index.ts
var NO_PROBLEMS = Object.freeze([]);
var FastSource = class {
  constructor(path, text2, contextOnly, tree) {
    this.path = path;
    this.text = text2;
    this.contextOnly = contextOnly;
    this.tape = tree.tape;
    this.roots = tree.roots;
    this.keys = tree.keys;
    this.documents = tree.roots.map((r, index) => ({ index, root: view(this, r), problems: NO_PROBLEMS }));
  }
  path;
  text;
  contextOnly;
  problems = NO_PROBLEMS;
  documents;
  tape;
  roots;
  keys;
};
function fastReader(scratch = newScratch(), keys = /* @__PURE__ */ new Map()) {
  const slabs = newSlabs();
  return (path, text2, contextOnly = false, plain = false) => {
    const tree = scan(path, text2, scratch, keys, slabs, plain);
    return tree instanceof Decline ? null : new FastSource(path, text2, contextOnly, tree);
  };
}
function manifestReader() {
  const fast = fastReader();
  return (path, text2, contextOnly = false, plain = false) => fast(path, text2, contextOnly, plain) ?? parseSource(path, text2, contextOnly);
}

// src/load/lookup.ts
function entryAt(map, key) {
  if (isFastMap(map)) return map.entryAt(key);
  for (const e of map.entries) if (e.key === key) return e;
  return void 0;
}
function entriesAt(map, keys) {
  if (isFastMap(map)) return map.entriesAt(keys);
  const out = new Array(keys.length).fill(void 0);
  for (const e of map.entries) {
    const j = keys.indexOf(e.key);
    if (j !== -1 && out[j] === void 0) out[j] = e;
  }
  return out;
}
function valueAt(map, key) {
  if (isFastMap(map)) return map.valueAt(key);
  for (const e of map.entries) if (e.key === key) return e.value;
  return void 0;
}
function valueAtPath(map, path) {
  if (isFastMap(map)) return map.valueAtPath(path);
  let cur = map;
  for (const key of path) {
    cur = cur?.kind === "map" ? valueAt(cur, key) : void 0;
    if (!cur) return void 0;
  }
  return cur;
}
function fastRecord(n) {
  return n !== void 0 && n.kind === "map" && isFastMap(n) ? n : void 0;
}
function valueRecordsAt(tree, m, keys, out) {
  keyRecordsAt(tree, m, keys, out);
  for (let j = 0; j < keys.length; j++) if (out[j] !== -1) out[j] = after(tree.tape, out[j]);
}
function valueRecordAt(tree, m, key) {
  const k = keyRecord(tree, m, key);
  return k === -1 ? -1 : after(tree.tape, k);
}
var isMapRecord = (tree, r) => r >= 0 && kindOf(tree.tape, r) === KIND_MAP;
var isScalarRecord = (tree, r) => r >= 0 && kindOf(tree.tape, r) === KIND_SCALAR;
function scalarAt(tree, r) {
  if (!isScalarRecord(tree, r)) return void 0;
  const { tape } = tree;
  return scalarValue(tree.text, styleOf(tape, r), startOf(tape, r), endOf(tape, r));
}
function sharedScalarAt(tree, r) {
  const v = scalarAt(tree, r);
  return typeof v === "string" ? internKey(tree.keys, v) : v;
}
var nodeAt = (tree, r) => r >= 0 ? view(tree, r) : void 0;
var spanOfRecord = spanOf2;
var countAt = (tree, r) => countOf(tree.tape, r);
var firstChild = (tree, m) => firstOf(tree.tape, m);
var nextKey = (tree, k) => after(tree.tape, after(tree.tape, k));
var valueOfKey = (tree, k) => after(tree.tape, k);
var keyAt = (tree, k) => {
  const { tape } = tree;
  return internKey(tree.keys, keyText(tree.text, styleOf(tape, k), startOf(tape, k), endOf(tape, k)));
};

// src/load/lazy.ts
var LazySources = class {
  constructor(texts, parse) {
    this.texts = texts;
    this.parse = parse;
  }
  texts;
  parse;
  read = /* @__PURE__ */ new Map();
  get size() {
    return this.texts.size;
  }
  has(path) {
    return this.texts.has(path);
  }
  /** A file's text, without parsing it. */
  text(path) {
    return this.texts.get(path);
  }
  get(path) {
    let file = this.read.get(path);
    if (file) return file;
    const text2 = this.texts.get(path);
    if (text2 === void 0) return void 0;
    file = this.parse(path, text2, true);
    this.read.set(path, file);
    return file;
  }
  *entries() {
    for (const path of this.texts.keys()) yield [path, this.get(path)];
  }
  keys() {
    return this.texts.keys();
  }
  *values() {
    for (const [, file] of this.entries()) yield file;
  }
  forEach(fn, thisArg) {
    for (const [path, file] of this.entries()) fn.call(thisArg, file, path, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/load/span.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  starts = new Int32Array(64);
  count = 1;
  /** Every line break before this offset is in `starts`. */
  done = 0;
  readTo(o) {
    const t = this.text;
    let starts = this.starts;
    let n = this.count;
    let i = t.indexOf("\n", this.done);
    for (; i !== -1; i = t.indexOf("\n", i + 1)) {
      if (n === starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(starts);
        starts = this.starts = grown;
      }
      starts[n++] = i + 1;
      if (i >= o) break;
    }
    this.count = n;
    this.done = i === -1 ? t.length + 1 : i + 1;
  }
  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    if (o >= this.done) this.readTo(o);
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }
  location(span) {
    const s2 = this.position(span.start);
    const e = this.position(Math.max(span.start, span.end));
    return { line: s2.line, column: s2.column, endLine: e.line, endColumn: e.column };
  }
};
function innerSpan(node, from, to) {
  const map = valueOffsets(node);
  if (!map) return node.span;
  const a = map[from];
  const b = map[Math.max(from, to)];
  if (a === void 0 || b === void 0) return node.span;
  return { file: node.span.file, start: a, end: b };
}
var mapCache = /* @__PURE__ */ new WeakMap();
function valueOffsets(node) {
  const cached = mapCache.get(node);
  if (cached !== void 0) return cached;
  const result = computeOffsets(node);
  mapCache.set(node, result);
  return result;
}
function computeOffsets(node) {
  const src = node.source;
  const value = node.value;
  if (src === void 0 || typeof value !== "string") return null;
  const base = node.span.start;
  const out = [];
  if (node.style === "plain") {
    if (src !== value) return null;
    for (let i = 0; i <= value.length; i++) out.push(base + i);
    return out;
  }
  if (node.style === "single") {
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      out.push(base + i);
      if (c === "'") i++;
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  if (node.style === "double") {
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      if (c !== "\\") {
        out.push(base + i);
        continue;
      }
      const n = src[i + 1] ?? "";
      const hex = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
      if (hex > 0) {
        const digits = src.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return null;
        const units = n === "U" && parseInt(digits, 16) > 65535 ? 2 : 1;
        for (let u = 0; u < units; u++) out.push(base + i);
        i += 1 + hex;
      } else if ('0abt	nvfre "/\\N_LP'.includes(n) && n !== "") {
        out.push(base + i);
        i++;
      } else {
        return null;
      }
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  return blockOffsets(src, value, base, node.style === "folded");
}
function blockOffsets(src, value, base, folded) {
  const header = /^[|>]([+-]?)(?:[ \t]+#[^\r\n]*)?[ \t]*(\r?\n)/.exec(src);
  if (!header) return null;
  let i = header[0].length;
  const chars = [];
  const at = [];
  let indent = -1;
  let contentLines = 0;
  while (i < src.length) {
    const nl = src.indexOf("\n", i);
    const lineEnd = nl === -1 ? src.length : nl;
    const bodyEnd = lineEnd > i && src[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = src.slice(i, bodyEnd);
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    if (indent === -1 && spaces < line.length) indent = spaces;
    if (indent !== -1 && spaces < indent && spaces < line.length) break;
    if (indent !== -1 && line.length > indent) {
      contentLines++;
      for (let k = indent; k < line.length; k++) {
        chars.push(line[k] ?? "");
        at.push(base + i + k);
      }
    }
    if (nl === -1) break;
    chars.push("\n");
    at.push(base + bodyEnd);
    i = nl + 1;
  }
  if (folded && contentLines > 1) return null;
  const built = chars.join("");
  if (!built.startsWith(value)) return null;
  const out = at.slice(0, value.length);
  out.push(at[value.length] ?? base + src.length);
  return out;
}

// src/model/ip.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var bitsOf = (f) => f === 4 ? 32 : 128;
function parseIPv4Fields(s2) {
  const parts = s2.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    if (p.length > 1 && p.startsWith("0")) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = v << 8n | BigInt(n);
  }
  return v;
}
function parseIPv6(s2) {
  if (s2.length === 0 || s2.includes("%")) return null;
  let head = s2;
  let v4tail = null;
  const lastColon = s2.lastIndexOf(":");
  if (s2.includes(".")) {
    v4tail = parseIPv4Fields(s2.slice(lastColon + 1));
    if (v4tail === null) return null;
    head = s2.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsNeeded = v4tail === null ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== -1 && head.indexOf("::", dbl + 1) !== -1) return null;
  const parseGroups = (part) => {
    if (part === "") return [];
    const gs = part.split(":");
    const out = [];
    for (const g of gs) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups;
  if (dbl === -1) {
    const g = parseGroups(head);
    if (!g || g.length !== groupsNeeded) return null;
    groups = g;
  } else {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return null;
    const fill = groupsNeeded - left.length - right.length;
    if (fill < 1) return null;
    groups = [...left, ...new Array(fill).fill(0), ...right];
  }
  let v = 0n;
  for (const g of groups) v = v << 16n | BigInt(g);
  if (v4tail !== null) v = v << 32n | v4tail;
  return v;
}
var MAPPED_PREFIX = 0xffffn << 32n;
function parseIP(s2) {
  if (s2.includes(":")) {
    const v2 = parseIPv6(s2);
    if (v2 === null) return null;
    if (v2 >> 32n === 0xffffn) return { family: 4, value: v2 & 0xffffffffn };
    return { family: 6, value: v2 };
  }
  const v = parseIPv4Fields(s2);
  return v === null ? null : { family: 4, value: v };
}
function parseCIDR(s2) {
  const slash = s2.indexOf("/");
  if (slash === -1) return null;
  const addr = s2.slice(0, slash);
  const mask = s2.slice(slash + 1);
  if (!/^[0-9]+$/.test(mask) || mask.length > 3) return null;
  const prefix = Number(mask);
  let family;
  let value;
  if (addr.includes(":")) {
    family = 6;
    value = parseIPv6(addr);
  } else {
    family = 4;
    value = parseIPv4Fields(addr);
  }
  if (value === null || prefix > bitsOf(family)) return null;
  if (family === 6 && value >> 32n === 0xffffn && prefix >= 96) {
    family = 4;
    value = value & 0xffffffffn;
    return mk(4, value, prefix - 96);
  }
  return mk(family, value, prefix);
}
function mk(family, value, prefix) {
  const network = value & maskOf(family, prefix);
  return { family, network, prefix, hadHostBits: network !== value };
}
function parseCIDROrIP(s2) {
  if (s2.includes("/")) return parseCIDR(s2);
  const ip = parseIP(s2);
  return ip ? { family: ip.family, network: ip.value, prefix: bitsOf(ip.family), hadHostBits: false } : null;
}
function maskOf(family, prefix) {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : all >> bits - BigInt(prefix) << bits - BigInt(prefix);
}
var sizeOf = (c) => 1n << BigInt(bitsOf(c.family) - c.prefix);
var lastOf = (c) => c.network + sizeOf(c) - 1n;
function contains(c, ip) {
  return c.family === ip.family && ip.value >= c.network && ip.value <= lastOf(c);
}
function overlaps(a, b) {
  return a.family === b.family && a.network <= lastOf(b) && b.network <= lastOf(a);
}
function within(a, b) {
  return a.family === b.family && a.prefix >= b.prefix && (a.network & maskOf(b.family, b.prefix)) === b.network;
}
var sameCIDR = (a, b) => a.family === b.family && a.prefix === b.prefix && a.network === b.network;
function toBytes(family, v) {
  const n = family === 4 ? 4 : 16;
  const out = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
function formatIP(family, value) {
  const addr = import_ipaddr.default.fromByteArray(toBytes(family, value));
  return addr instanceof import_ipaddr.default.IPv6 ? addr.toRFC5952String() : addr.toString();
}
var ipString = (ip) => formatIP(ip.family, ip.value);
var cidrString = (c) => `${formatIP(c.family, c.network)}/${c.prefix}`;

// src/model/tree.ts
function entry(map, key) {
  return map?.kind === "map" ? entryAt(map, key) : void 0;
}
function entriesOf(map, keys) {
  return map?.kind === "map" ? entriesAt(map, keys) : new Array(keys.length).fill(void 0);
}
function get(node, ...path) {
  if (!node || path.length === 0) return node ?? void 0;
  return node.kind === "map" ? valueAtPath(node, path) : void 0;
}
var asMap = (n) => n?.kind === "map" ? n : void 0;
var asSeq = (n) => n?.kind === "seq" ? n : void 0;
var asScalar = (n) => n?.kind === "scalar" ? n : void 0;
function str(n) {
  const s2 = asScalar(n);
  return s2 && typeof s2.value === "string" ? s2.value : void 0;
}
function text(n) {
  const s2 = asScalar(n);
  if (!s2 || s2.value === null) return void 0;
  return typeof s2.value === "string" ? s2.value : String(s2.value);
}
function num(n) {
  const s2 = asScalar(n);
  if (!s2) return void 0;
  if (typeof s2.value === "number" && Number.isFinite(s2.value)) return s2.value;
  if (typeof s2.value === "bigint") return Number(s2.value);
  return void 0;
}
function bool(n) {
  const s2 = asScalar(n);
  return s2 && typeof s2.value === "boolean" ? s2.value : void 0;
}
function toPlain(n) {
  if (!n) return void 0;
  const done = /* @__PURE__ */ new Map();
  const stack = [{ node: n }];
  while (stack.length > 0) {
    const top = stack.pop();
    const node = top.node;
    if (done.has(node)) continue;
    if (node.kind === "scalar") {
      done.set(node, typeof node.value === "bigint" ? Number(node.value) : node.value);
      continue;
    }
    if (!top.children) {
      const entries = node.kind === "map" ? node.entries : void 0;
      const children = entries ? entries.map((e) => e.value) : node.items;
      stack.push({ node, children, ...entries ? { keys: entries.map((e) => e.key) } : {} });
      for (const c of children) if (!done.has(c)) stack.push({ node: c });
      continue;
    }
    const values = top.children.map((c) => done.get(c));
    if (!top.keys) {
      done.set(node, values);
      continue;
    }
    const out = {};
    top.keys.forEach((key, i) => Object.defineProperty(out, key, { value: values[i], enumerable: true, writable: true, configurable: true }));
    done.set(node, out);
  }
  return done.get(n);
}
function atPointer(root, pointer) {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let cur = root;
  let keySpan;
  for (const p of parts) {
    if (cur.kind === "map") {
      const e = cur.entries.find((x) => x.key === p);
      if (!e) return { node: cur, found: false };
      keySpan = e.keySpan;
      cur = e.value;
    } else if (cur.kind === "seq") {
      const item = /^\d+$/.test(p) ? cur.items[Number(p)] : void 0;
      if (!item) return { node: cur, found: false };
      keySpan = void 0;
      cur = item;
    } else {
      return { node: cur, found: false };
    }
  }
  return { node: cur, ...keySpan ? { keySpan } : {}, found: true };
}

// src/model/gojson.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var GO_ESCAPES = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 92: "\\\\" };
function quoteChar(c) {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const code = c.codePointAt(0) ?? 0;
  const byte = code < 128 ? code : new TextEncoder().encode(c)[0] ?? 0;
  const named = GO_ESCAPES[byte];
  if (named) return `'${named}'`;
  if (byte < 32 || byte === 127) return `'\\x${byte.toString(16).padStart(2, "0")}'`;
  if (byte >= 128 && byte <= 160 || byte === 173) return `'\\u00${byte.toString(16).padStart(2, "0")}'`;
  return `'${String.fromCharCode(byte)}'`;
}
var SyntaxErr = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var Scanner = class {
  constructor(s2) {
    this.s = s2;
  }
  s;
  i = 0;
  fail(context) {
    if (this.i >= this.s.length) throw new SyntaxErr("unexpected end of JSON input", this.s.length);
    const c = String.fromCodePoint(this.s.codePointAt(this.i) ?? 0);
    throw new SyntaxErr(`invalid character ${quoteChar(c)} ${context}`, this.i);
  }
  ws() {
    while (this.i < this.s.length && WS.has(this.s[this.i])) this.i++;
  }
  value() {
    this.ws();
    const c = this.s[this.i];
    const start = this.i;
    if (c === "[") return this.array();
    if (c === "{") {
      this.object();
      return { t: "object", start };
    }
    if (c === '"') return this.string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
      this.number();
      return { t: "number", start };
    }
    if (c === "t") return this.literal("true", "bool");
    if (c === "f") return this.literal("false", "bool");
    if (c === "n") return this.literal("null", "null");
    return this.fail("looking for beginning of value");
  }
  literal(word, t) {
    const start = this.i;
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.s[this.i] !== word[k]) this.fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    return { t, start };
  }
  number() {
    if (this.s[this.i] === "-") this.i++;
    const d = () => this.i < this.s.length && this.s[this.i] >= "0" && this.s[this.i] <= "9";
    if (this.s[this.i] === "0") this.i++;
    else if (d()) while (d()) this.i++;
    else this.fail("in numeric literal");
    if (this.s[this.i] === ".") {
      this.i++;
      if (!d()) this.fail("after decimal point in numeric literal");
      while (d()) this.i++;
    }
    if (this.s[this.i] === "e" || this.s[this.i] === "E") {
      this.i++;
      if (this.s[this.i] === "+" || this.s[this.i] === "-") this.i++;
      if (!d()) this.fail("in exponent of numeric literal");
      while (d()) this.i++;
    }
  }
  string() {
    const open = this.i;
    this.i++;
    for (; ; ) {
      if (this.i >= this.s.length) this.fail("in string literal");
      const c = this.s[this.i];
      if (c === '"') break;
      if (c === "\\") {
        this.i++;
        const e = this.s[this.i];
        if (e === void 0) this.fail("in string escape code");
        if ('"\\/bfnrt'.includes(e)) this.i++;
        else if (e === "u") {
          this.i++;
          for (let k = 0; k < 4; k++, this.i++) {
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? "")) this.fail("in \\u hexadecimal character escape");
          }
        } else this.fail("in string escape code");
        continue;
      }
      if (c.charCodeAt(0) < 32) this.fail("in string literal");
      this.i++;
    }
    const raw = this.s.slice(open, this.i + 1);
    this.i++;
    return { t: "string", v: JSON.parse(raw), start: open + 1, end: this.i - 1 };
  }
  array() {
    const start = this.i;
    this.i++;
    const items = [];
    this.ws();
    if (this.s[this.i] === "]") {
      this.i++;
      return { t: "array", items, start };
    }
    for (; ; ) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "]") {
        this.i++;
        return { t: "array", items, start };
      }
      this.fail("after array element");
    }
  }
  object() {
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") {
      this.i++;
      return;
    }
    for (; ; ) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail("looking for beginning of object key string");
      this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail("after object key");
      this.i++;
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        return;
      }
      this.fail("after object key:value pair");
    }
  }
};
var GO_TYPE = { number: "number", bool: "bool", object: "object", array: "array", string: "string" };
var isWs = (c) => c === 32 || c === 9 || c === 13 || c === 10;
function plainStringList(s2) {
  const n = s2.length;
  let i = 0;
  while (i < n && isWs(s2.charCodeAt(i))) i++;
  if (s2.charCodeAt(i) !== 91) return void 0;
  i++;
  while (i < n && isWs(s2.charCodeAt(i))) i++;
  const items = [];
  if (s2.charCodeAt(i) === 93) i++;
  else {
    for (; ; ) {
      if (s2.charCodeAt(i) !== 34) return void 0;
      const start = ++i;
      for (; ; ) {
        if (i >= n) return void 0;
        const c2 = s2.charCodeAt(i);
        if (c2 === 34) break;
        if (c2 === 92 || c2 < 32) return void 0;
        i++;
      }
      items.push({ value: s2.slice(start, i), start, end: i });
      i++;
      while (i < n && isWs(s2.charCodeAt(i))) i++;
      const c = s2.charCodeAt(i);
      i++;
      if (c === 93) break;
      if (c !== 44) return void 0;
      while (i < n && isWs(s2.charCodeAt(i))) i++;
    }
  }
  while (i < n && isWs(s2.charCodeAt(i))) i++;
  return i === n ? items : void 0;
}
function goUnmarshalStringList(s2) {
  const plain = plainStringList(s2);
  if (plain) return { ok: true, items: plain };
  const sc = new Scanner(s2);
  let top;
  try {
    top = sc.value();
    sc.ws();
    if (sc.i < s2.length) sc.fail("after top-level value");
  } catch (e) {
    if (e instanceof SyntaxErr) return { ok: false, error: e.message, offset: e.offset, kind: "syntax" };
    throw e;
  }
  if (top.t === "null") return { ok: true, items: null };
  if (top.t !== "array") {
    const offset = top.t === "string" ? top.start - 1 : top.start;
    return { ok: false, error: `json: cannot unmarshal ${GO_TYPE[top.t] ?? top.t} into Go value of type []string`, offset, kind: "type" };
  }
  const items = [];
  let typeErr = null;
  for (const it of top.items) {
    if (it.t === "string") items.push({ value: it.v, start: it.start, end: it.end });
    else if (it.t === "null") items.push({ value: "", start: it.start, end: it.start + 4 });
    else typeErr ??= { error: `json: cannot unmarshal ${GO_TYPE[it.t] ?? it.t} into Go value of type string`, offset: it.start };
  }
  if (typeErr) return { ok: false, error: typeErr.error, offset: typeErr.offset, kind: "type" };
  return { ok: true, items };
}

// src/model/annotations.ts
var CALICO_PREFIX = "cni.projectcalico.org/";
var LIST_KEYS = ["ipAddrs", "ipAddrsNoIpam", "ipv4pools", "ipv6pools", "ipFamilies", "floatingIPs", "allowedSourcePrefixes"];
var NAMESPACE_KEYS = ["ipv4pools", "ipv6pools", "ipFamilies"];
var OUTPUT_KEYS = ["podIP", "podIPs", "containerID"];
var KNOWN_KEYS = [...LIST_KEYS, "hwAddr", ...OUTPUT_KEYS];
var shortKey = (key) => key.slice(CALICO_PREFIX.length);
var Item = class {
  constructor(value, node, start, end) {
    this.value = value;
    this.node = node;
    this.start = start;
    this.end = end;
  }
  value;
  node;
  start;
  end;
  get span() {
    return innerSpan(this.node, this.start, this.end);
  }
};
function decodeList(key, e) {
  const node = e.node;
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return { key, entry: e, raw: null, items: null };
  }
  const raw = node.value;
  const r = goUnmarshalStringList(raw);
  if (!r.ok) {
    const width = (raw.codePointAt(r.offset) ?? 0) > 65535 ? 2 : 1;
    const span = r.offset < raw.length ? innerSpan(node, r.offset, r.offset + width) : node.span;
    return { key, entry: e, raw, items: null, error: { message: r.error, span, kind: r.kind } };
  }
  const items = r.items ? r.items.map((it) => new Item(it.value, node, it.start, it.end)) : null;
  return { key, entry: e, raw, items };
}
var NO_CALICO = Object.freeze({ lists: Object.freeze({}), outputs: Object.freeze([]), unknown: Object.freeze([]), all: Object.freeze([]) });
function decodeCalico(entries) {
  if (!entries.some((e) => e.key.startsWith(CALICO_PREFIX))) return NO_CALICO;
  const lists = {};
  const outputs = [];
  const unknown = [];
  const all = [];
  let hwAddr;
  for (const e of entries) {
    if (!e.key.startsWith(CALICO_PREFIX)) continue;
    all.push(e);
    const k = shortKey(e.key);
    if (LIST_KEYS.includes(k)) lists[k] = decodeList(k, e);
    else if (k === "hwAddr") hwAddr = e;
    else if (OUTPUT_KEYS.includes(k)) outputs.push(e);
    else unknown.push(e);
  }
  const none = NO_CALICO.outputs;
  return { lists, outputs: outputs.length > 0 ? outputs : none, unknown: unknown.length > 0 ? unknown : none, all, ...hwAddr ? { hwAddr } : {} };
}
function isSet(d) {
  return d !== void 0 && d.raw !== "";
}
var Static = class {
  constructor(key, ip, item) {
    this.key = key;
    this.ip = ip;
    this.item = item;
  }
  key;
  ip;
  item;
  get text() {
    return this.item.value;
  }
  get span() {
    return this.item.span;
  }
};
var parsedStatics = /* @__PURE__ */ new WeakMap();
var NO_STATICS = Object.freeze([]);
function staticIPs(c, key) {
  const d = c.lists[key];
  if (!isSet(d) || !d.items || d.error) return NO_STATICS;
  let out = d.key === key ? parsedStatics.get(d) : void 0;
  if (!out) {
    const ips = [];
    for (const it of d.items) {
      const ip = parseIP(it.value);
      if (ip) ips.push(new Static(key, ip, it));
    }
    out = ips;
    if (d.key === key) parsedStatics.set(d, out);
  }
  return out;
}
var RequestedPool = class {
  constructor(item, cidr) {
    this.item = item;
    this.cidr = cidr;
  }
  item;
  cidr;
  get text() {
    return this.item.value;
  }
  get span() {
    return this.item.span;
  }
};
function poolRequests(d) {
  if (!d || d.error || d.raw === null) return null;
  return (d.items ?? []).map((it) => new RequestedPool(it, parseCIDR(it.value)));
}

// src/model/calico-defaults.ts
var DEFAULT_BLOCK_SIZE = { 4: 26, 6: 122 };
var BLOCK_SIZE_RANGE = { 4: [20, 32], 6: [116, 128] };
var effectiveBlockSize = (written2, family) => written2 && written2 !== 0 ? written2 : DEFAULT_BLOCK_SIZE[family === 6 ? 6 : 4];
var DEFAULT_ALLOWED_USES = ["Workload", "Tunnel"];
var DEFAULT_NODE_SELECTOR = "all()";
var DEFAULT_ENCAP_MODE = "Never";
var DEFAULT_ASSIGNMENT_MODE = "Automatic";
var defaultInstallationEncapsulation = (family, cniType) => family === 6 || cniType !== "Calico" ? "None" : "IPIP";
var OPERATOR_DEFAULT_CIDR = "192.168.0.0/16";
var OPERATOR_EKS_DEFAULT_CIDR = "172.16.0.0/16";
var OPERATOR_DEFAULT_POOL_NAME = { 4: "default-ipv4-ippool", 6: "default-ipv6-ippool" };
var kindDefaultPodSubnets = (ipFamily) => ipFamily === "ipv6" ? ["fd00:10:244::/56"] : ipFamily === "dual" ? ["10.244.0.0/16", "fd00:10:244::/56"] : ["10.244.0.0/16"];
var LINK_LOCAL = {
  4: parseCIDR("169.254.0.0/16"),
  6: parseCIDR("fe80::/10")
};

// src/model/objects.ts
var NO_ANNOTATIONS = Object.freeze([]);
var NO_LABELS = Object.freeze(Object.setPrototypeOf({}, null));
function annotationsIn(value) {
  const node = asMap(value);
  if (!node) return { list: NO_ANNOTATIONS };
  const fast = fastRecord(node);
  if (fast) return { list: fastAnnotations(fast.tree, fast.r), node };
  const list = node.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, node: e.value }));
  return { list: list.length > 0 ? list : NO_ANNOTATIONS, node };
}
var FastAnnotation = class {
  constructor(key, node, tree, k) {
    this.key = key;
    this.node = node;
    this.tree = tree;
    this.k = k;
  }
  key;
  node;
  tree;
  k;
  get keySpan() {
    return spanOfRecord(this.tree, this.k);
  }
};
function fastAnnotations(tree, m) {
  const n = countAt(tree, m);
  if (n === 0) return NO_ANNOTATIONS;
  const out = new Array(n);
  let k = firstChild(tree, m);
  for (let i = 0; i < n; i++) {
    out[i] = new FastAnnotation(keyAt(tree, k), nodeAt(tree, valueOfKey(tree, k)), tree, k);
    k = nextKey(tree, k);
  }
  return out;
}
function labelsIn(value) {
  const m = asMap(value);
  if (!m) return NO_LABELS;
  const fast = fastRecord(m);
  if (fast) return fastLabels(fast.tree, fast.r);
  const entries = m.entries;
  if (entries.length === 0) return NO_LABELS;
  const out = Object.setPrototypeOf({}, null);
  for (const e of entries) {
    const v = e.value.kind === "scalar" && e.value.value !== null ? String(e.value.value) : "";
    out[e.key] = v;
  }
  return out;
}
function fastLabels(tree, m) {
  const n = countAt(tree, m);
  if (n === 0) return NO_LABELS;
  const out = Object.setPrototypeOf({}, null);
  let k = firstChild(tree, m);
  for (let i = 0; i < n; i++) {
    const v = scalarAt(tree, valueOfKey(tree, k));
    out[keyAt(tree, k)] = v !== void 0 && v !== null ? String(v) : "";
    k = nextKey(tree, k);
  }
  return out;
}
var SourceObject = class {
  constructor(node, file, meta, apiVersion, kind) {
    this.node = node;
    this.apiVersion = apiVersion;
    this.kind = kind;
    const self = this;
    self.name = meta.name;
    self.namespace = meta.namespace;
    self.file = file.path;
    self.contextOnly = file.contextOnly;
    self.annotations = meta.annotations;
    self.annotationsNode = meta.annotationsNode || void 0;
    self.labels = meta.labels;
  }
  node;
  apiVersion;
  kind;
  get ref() {
    return this;
  }
  get span() {
    return this.node.span;
  }
  /** Looked up again when asked: one rule asks, for the few objects it reports. */
  get annotationsAt() {
    const meta = entry(this.node, "metadata");
    return entry(meta?.value, "annotations")?.keySpan ?? meta?.keySpan ?? this.node.span;
  }
};
var METADATA_KEYS = ["name", "namespace", "annotations", "labels"];
var NO_META = Object.freeze({ annotations: NO_ANNOTATIONS, labels: NO_LABELS });
var metaRecords = [-1, -1, -1, -1];
function metaIn(value) {
  const m = asMap(value);
  if (!m) return NO_META;
  const fast = fastRecord(m);
  if (fast) return fastMeta(fast.tree, fast.r);
  const [nameEntry, namespaceEntry, annotationsEntry, labelsEntry] = entriesOf(m, METADATA_KEYS);
  const ann = annotationsIn(annotationsEntry?.value);
  return { name: str(nameEntry?.value), namespace: str(namespaceEntry?.value), annotations: ann.list, annotationsNode: ann.node, labels: labelsIn(labelsEntry?.value) };
}
function fastMeta(tree, m) {
  const recs = metaRecords;
  valueRecordsAt(tree, m, METADATA_KEYS, recs);
  const [nameR, namespaceR, annotationsR, labelsR] = recs;
  const name = scalarAt(tree, nameR);
  const namespace = sharedScalarAt(tree, namespaceR);
  const annotations = isMapRecord(tree, annotationsR);
  return {
    name: typeof name === "string" ? name : void 0,
    namespace: typeof namespace === "string" ? namespace : void 0,
    annotations: annotations ? fastAnnotations(tree, annotationsR) : NO_ANNOTATIONS,
    annotationsNode: annotations ? nodeAt(tree, annotationsR) : void 0,
    labels: isMapRecord(tree, labelsR) ? fastLabels(tree, labelsR) : NO_LABELS
  };
}
var OBJECT_KEYS = ["apiVersion", "kind", "metadata"];
var objectRecords = [-1, -1, -1];
function toObject(node, file) {
  const fast = fastRecord(node);
  if (fast) {
    const { tree, r } = fast;
    const recs = objectRecords;
    valueRecordsAt(tree, r, OBJECT_KEYS, recs);
    const apiVersion2 = sharedScalarAt(tree, recs[0]);
    const kind2 = sharedScalarAt(tree, recs[1]);
    if (typeof apiVersion2 !== "string" || typeof kind2 !== "string" || !apiVersion2 || !kind2) return null;
    const metaR = recs[2];
    return new SourceObject(node, file, isMapRecord(tree, metaR) ? fastMeta(tree, metaR) : NO_META, apiVersion2, kind2);
  }
  const [apiVersionEntry, kindEntry, metaEntry] = entriesOf(node, OBJECT_KEYS);
  const apiVersion = str(apiVersionEntry?.value);
  const kind = str(kindEntry?.value);
  if (!apiVersion || !kind) return null;
  return new SourceObject(node, file, metaIn(metaEntry?.value), apiVersion, kind);
}
function collectObjects(files) {
  const out = [];
  for (const file of files) {
    for (const doc of file.documents) {
      const root = asMap(doc.root ?? void 0);
      if (!root) continue;
      const obj = toObject(root, file);
      if (!obj) continue;
      const items = obj.ref.kind.endsWith("List") ? asSeq(get(root, "items")) : void 0;
      if (items && entry(root, "items")) {
        for (const it of items.items) {
          const m = asMap(it);
          const o = m && toObject(m, file);
          if (o) out.push(o);
        }
        continue;
      }
      out.push(obj);
    }
  }
  return out;
}
var apiGroup = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "";

// src/model/installers.ts
var NONE = { pools: [], podCidrs: [] };
var GROUPS = ["all", "k8s_cluster", "k8s-cluster", "kube_control_plane"];
var KUBESPRAY_KEYS = ["kube_network_plugin", "kube_pods_subnet", "kube_pods_subnet_ipv6", "calico_pool_cidr", "calico_pool_name", "calico_pool_blocksize", "calico_ipip_mode", "calico_vxlan_mode"];
function groupVarsFile(path) {
  const p = path.replace(/\\/g, "/");
  const i = p.lastIndexOf("group_vars/");
  if (i < 0) return null;
  const inventory = p.slice(0, i).replace(/\/$/, "");
  const rest = p.slice(i + "group_vars/".length);
  const m = /^([^/]+?)(?:\.ya?ml|\/([^/]+)\.ya?ml)$/.exec(rest);
  if (!m?.[1]) return null;
  return { inventory, group: m[1], order: m[2] ?? "" };
}
function kubesprayInventory(inventory, entries) {
  const vars = /* @__PURE__ */ new Map();
  const sorted = [...entries].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const e of sorted) {
    for (const doc of e.file.documents) {
      const root = asMap(doc.root ?? void 0);
      if (!root) continue;
      for (const en of root.entries) vars.set(en.key, { node: en.value, file: e.file });
    }
  }
  if (!KUBESPRAY_KEYS.some((k) => vars.has(k))) return null;
  const value = (k, seen = /* @__PURE__ */ new Set()) => {
    const v = vars.get(k);
    if (!v) return void 0;
    const t = text(v.node);
    if (t === void 0) return null;
    const ref = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(t.trim());
    if (ref?.[1]) {
      if (seen.has(ref[1])) return null;
      const r = value(ref[1], /* @__PURE__ */ new Set([...seen, k]));
      return r ? { text: r.text, span: v.node.span } : null;
    }
    if (t.includes("{{") || t.includes("{%")) return null;
    return { text: t.trim(), span: v.node.span };
  };
  const plugin = value("kube_network_plugin");
  if (plugin === null || plugin && plugin.text !== "calico") return NONE;
  const hostLocal = value("calico_ipam_host_local");
  if (hostLocal === null || hostLocal && hostLocal.text.toLowerCase() === "true") return NONE;
  const firstFile = sorted[0].file;
  const rootNode = asMap(firstFile.documents[0]?.root ?? void 0);
  const object = {
    ref: { apiVersion: "kubespray", kind: "Inventory", name: inventory === "" ? "." : inventory, file: firstFile.path, span: rootNode.span },
    node: rootNode,
    contextOnly: firstFile.contextOnly,
    annotations: [],
    annotationsAt: rootNode.span,
    labels: {}
  };
  const objectFor = (span, file) => span && file !== object.ref.file ? { ...object, ref: { ...object.ref, file, span } } : object;
  const fileOf = (k) => vars.get(k)?.file.path ?? object.ref.file;
  const stack = (k, dflt) => {
    const v = value(k);
    if (v === null) return null;
    return v ? v.text.toLowerCase() === "true" : dflt;
  };
  const dual = stack("enable_dual_stack_networks", false);
  const v4 = stack("ipv4_stack", true);
  const v6 = vars.has("ipv6_stack") ? stack("ipv6_stack", false) : dual;
  const pools = [];
  const podCidrs = [];
  const name = value("calico_pool_name");
  const families = [
    { on: v4, suffix: "", subnet: "kube_pods_subnet", subnetDefault: "10.233.64.0/18", cidrKey: "calico_pool_cidr", bs: "calico_pool_blocksize", bsDefault: 26, ipip: "calico_ipip_mode", vxlan: "calico_vxlan_mode", vxlanDefault: "Always" },
    { on: v6, suffix: "-ipv6", subnet: "kube_pods_subnet_ipv6", subnetDefault: "fd85:ee78:d8a6:8607::1:0000/112", cidrKey: "calico_pool_cidr_ipv6", bs: "calico_pool_blocksize_ipv6", bsDefault: 122, ipip: "calico_ipip_mode_ipv6", vxlan: "calico_vxlan_mode_ipv6", vxlanDefault: "Always" }
  ];
  for (const f of families) {
    if (f.on !== true || name === null) continue;
    const subnet = value(f.subnet);
    const cidr = value(f.cidrKey);
    const bs = value(f.bs);
    const ipip = value(f.ipip);
    const vxlan = value(f.vxlan);
    if (subnet === null || cidr === null || bs === null || ipip === null || vxlan === null) continue;
    const subnetText = subnet?.text ?? f.subnetDefault;
    const subnetSpan = subnet?.span ?? object.ref.span;
    if (subnet) podCidrs.push({ text: subnetText, source: `kubespray ${f.subnet}`, span: subnetSpan, object: objectFor(subnet.span, fileOf(f.subnet)) });
    else podCidrs.push({ text: subnetText, source: `kubespray ${f.subnet} (default)`, span: subnetSpan, object });
    const blockSize = bs ? Number(bs.text) : f.bsDefault;
    if (!Number.isInteger(blockSize)) continue;
    const cidrSpan = cidr?.span ?? subnet?.span ?? object.ref.span;
    const cidrFile = cidr ? fileOf(f.cidrKey) : subnet ? fileOf(f.subnet) : object.ref.file;
    pools.push({
      object: objectFor(cidrSpan, cidrFile),
      name: `${name?.text ?? "default-pool"}${f.suffix}`,
      cidr: cidr?.text ?? subnetText,
      span: cidrSpan,
      fieldPath: cidr ? f.cidrKey : f.subnet,
      blockSize,
      ipipMode: ipip?.text ?? "Never",
      vxlanMode: vxlan?.text ?? f.vxlanDefault,
      implicit: false,
      origin: "kubespray"
    });
  }
  return { pools, podCidrs };
}
function kubesprayFrom(files) {
  const byInventory = /* @__PURE__ */ new Map();
  for (const file of files) {
    const g = groupVarsFile(file.path);
    if (!g || !GROUPS.includes(g.group)) continue;
    let list = byInventory.get(g.inventory);
    if (!list) byInventory.set(g.inventory, list = []);
    list.push({ group: g.group, order: g.order, file });
  }
  const found = [];
  for (const [inv, entries] of byInventory) {
    const s2 = kubesprayInventory(inv, entries);
    if (s2) found.push(s2);
  }
  return agreeing(found);
}
function kopsPodCidrFromNonMasquerade(nm) {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(nm.trim());
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 31) return null;
  let v = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  v = v - v % size + size / 2;
  const out = [24, 16, 8, 0].map((s2) => Math.floor(v / 2 ** s2) % 256).join(".");
  return `${out}/${prefix + 1}`;
}
var KOPS_MODES = /* @__PURE__ */ new Set(["Always", "CrossSubnet", "Never"]);
function kopsCluster(o) {
  const spec = get(o.node, "spec");
  const networking = get(spec, "networking");
  const calico = get(networking, "calico");
  if (!calico) return null;
  const field = (k) => get(spec, k) ?? get(networking, k);
  const kcm = get(spec, "kubeControllerManager", "clusterCIDR");
  const pod = field("podCIDR");
  const nm = field("nonMasqueradeCIDR");
  let cidr;
  let span;
  let fieldPath = "";
  if (kcm) {
    cidr = str(kcm);
    span = kcm.span;
    fieldPath = "spec.kubeControllerManager.clusterCIDR";
  } else if (pod) {
    cidr = str(pod);
    span = pod.span;
    fieldPath = get(spec, "podCIDR") ? "spec.podCIDR" : "spec.networking.podCIDR";
  } else if (nm) {
    const t = str(nm);
    cidr = t !== void 0 ? kopsPodCidrFromNonMasquerade(t) ?? void 0 : void 0;
    span = nm.span;
    fieldPath = get(spec, "nonMasqueradeCIDR") ? "spec.nonMasqueradeCIDR" : "spec.networking.nonMasqueradeCIDR";
  }
  if (cidr === void 0 || span === void 0 || cidr.includes("{{") || cidr.includes(":")) return NONE;
  const enc = str(get(calico, "encapsulationMode")) ?? "ipip";
  const ipipGiven = str(get(calico, "ipipMode"));
  const vxlanGiven = str(get(calico, "vxlanMode"));
  const openstack = get(spec, "cloudProvider", "openstack") !== void 0 || str(get(spec, "cloudProvider")) === "openstack";
  const ipipMode = enc !== "ipip" ? "Never" : ipipGiven ?? (openstack ? "Always" : "CrossSubnet");
  const vxlanMode = enc !== "vxlan" ? "Never" : vxlanGiven ?? "CrossSubnet";
  if (!KOPS_MODES.has(ipipMode) || !KOPS_MODES.has(vxlanMode)) return NONE;
  return {
    pools: [{ object: o, name: "default-ipv4-ippool", cidr, span, fieldPath, blockSize: 26, ipipMode, vxlanMode, implicit: true, origin: "calico-node" }],
    podCidrs: [{ text: cidr, source: "kops Cluster", span, object: o }]
  };
}
function kopsFrom(objects) {
  const found = [];
  for (const o of objects) {
    if (o.ref.kind !== "Cluster" || apiGroup(o.ref.apiVersion) !== "kops.k8s.io") continue;
    const s2 = kopsCluster(o);
    if (s2) found.push(s2);
  }
  return agreeing(found);
}
function agreeing(found) {
  const first = found[0];
  if (!first) return NONE;
  const key = (s2) => JSON.stringify([s2.pools.map((p) => [p.name, p.cidr, p.blockSize, p.ipipMode, p.vxlanMode]), s2.podCidrs.map((c) => c.text)]);
  const k = key(first);
  return found.every((s2) => key(s2) === k) ? first : NONE;
}

// src/model/cni.ts
var calicoIpamRuns = (cni) => !cni || cni.plugin === "Calico" && cni.ipam === "calico-ipam";
var OPERATOR_IPAM = { Calico: "calico-ipam", HostLocal: "host-local" };
var CNI_CONFIGMAPS = /* @__PURE__ */ new Set(["calico-config", "canal-config"]);
var PROVIDER_CNI = { AKS: "AzureVNET", EKS: "AmazonVPC", GKE: "GKE" };
function installationCniType(o) {
  const typeNode = get(o.node, "spec", "cni", "type");
  if (typeNode) return str(typeNode);
  return PROVIDER_CNI[str(get(o.node, "spec", "kubernetesProvider")) ?? ""] ?? "Calico";
}
function fromInstallation(o) {
  const name = `Installation ${o.ref.name ?? "(unnamed)"}`;
  const typeNode = get(o.node, "spec", "cni", "type");
  const plugin = installationCniType(o);
  if (plugin === void 0) return null;
  if (plugin !== "Calico") {
    const providerNode = get(o.node, "spec", "kubernetesProvider");
    const why = typeNode ? `${name} spec.cni.type: ${plugin}` : `${name} spec.kubernetesProvider: ${str(providerNode) ?? ""} (the ${plugin} CNI by default)`;
    return { plugin, ipam: null, object: o, span: typeNode?.span ?? providerNode?.span ?? o.ref.span, source: why };
  }
  const ipamNode = get(o.node, "spec", "cni", "ipam", "type");
  const ipamType = ipamNode ? str(ipamNode) : "Calico";
  const ipam = ipamType !== void 0 ? OPERATOR_IPAM[ipamType] : void 0;
  if (ipam === void 0) return null;
  const span = ipamNode?.span ?? typeNode?.span ?? o.ref.span;
  const source = ipamNode ? `${name} spec.cni.ipam.type: ${ipamType ?? ""}` : `${name} (Calico IPAM by default)`;
  return { plugin, ipam, object: o, span, source };
}
function templateIpamType(template) {
  const filled = template.replace(/__[A-Z0-9_]+__/g, (m2) => "0".padEnd(m2.length, " "));
  let parsed;
  try {
    parsed = JSON.parse(filled);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const root = parsed;
  const plugins = Array.isArray(root.plugins) ? root.plugins : [root];
  const calico = plugins.filter((p) => !!p && typeof p === "object" && p.type === "calico");
  if (calico.length !== 1) return null;
  const ipam = calico[0]?.ipam;
  if (!ipam || typeof ipam !== "object") return null;
  const type = ipam.type;
  if (typeof type !== "string" || type === "") return null;
  const at = /"ipam"\s*:\s*\{/.exec(filled);
  const rest = at ? filled.slice(at.index) : "";
  const m = new RegExp(`"type"\\s*:\\s*"(${type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})"`).exec(rest);
  if (!at || !m?.[1]) return { type, offset: -1, length: 0 };
  return { type, offset: at.index + m.index + m[0].length - m[1].length - 2, length: m[1].length + 2 };
}
function fromConfigMap(o) {
  const node = asScalar(get(o.node, "data", "cni_network_config"));
  if (!node || typeof node.value !== "string") return null;
  const found = templateIpamType(node.value);
  if (!found) return null;
  const span = found.offset >= 0 ? innerSpan(node, found.offset, found.offset + found.length) : node.span;
  const ns = o.ref.namespace ? `${o.ref.namespace}/` : "";
  return { plugin: "Calico", ipam: found.type, object: o, span, source: `ConfigMap ${ns}${o.ref.name ?? ""} cni_network_config ipam.type ${found.type}` };
}
function cniSetupFrom(objects, given) {
  const files = cniSetupInFiles(objects);
  if (given?.type === void 0 && given?.ipam === void 0) return files;
  const plugin = given.type ?? files?.plugin ?? "Calico";
  const ipam = plugin !== "Calico" ? null : given.ipam !== void 0 ? OPERATOR_IPAM[given.ipam] ?? given.ipam : files?.plugin === "Calico" ? files.ipam : "calico-ipam";
  if (files && files.plugin === plugin && files.ipam === ipam) return files;
  const said = [given.type !== void 0 ? `cni.type: ${given.type}` : "", given.ipam !== void 0 ? `cni.ipam: ${given.ipam}` : ""].filter(Boolean).join(", ");
  return { plugin, ipam, source: `the configuration's ${said}` };
}
function cniSetupInFiles(objects) {
  const found = [];
  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    if (o.ref.kind === "Installation" && group === "operator.tigera.io") {
      const s2 = fromInstallation(o);
      if (!s2) return void 0;
      found.push(s2);
    } else if (o.ref.kind === "ConfigMap" && group === "" && CNI_CONFIGMAPS.has(o.ref.name ?? "") && (o.ref.namespace ?? "kube-system") === "kube-system") {
      if (!get(o.node, "data", "cni_network_config")) continue;
      const s2 = fromConfigMap(o);
      if (!s2) return void 0;
      found.push(s2);
    }
  }
  const first = found[0];
  if (!first) return void 0;
  if (found.some((s2) => s2.plugin !== first.plugin || s2.ipam !== first.ipam)) return void 0;
  const namesIt = (s2) => {
    const at = s2.object?.ref.span;
    return at !== void 0 && (s2.span === void 0 || s2.span.start !== at.start || s2.span.end !== at.end || s2.span.file !== at.file);
  };
  return found.find(namesIt) ?? first;
}
var IPAM_ONLY = ["ipv4pools", "ipv6pools", "ipFamilies"];
var STATIC_KEYS = ["ipAddrs", "ipAddrsNoIpam"];
var CNI_ONLY = [...IPAM_ONLY, ...STATIC_KEYS, "hwAddr"];
function splitForCni(c, cni, site) {
  if (calicoIpamRuns(cni)) return { kept: c };
  let drop;
  if (site === "namespace") drop = IPAM_ONLY;
  else if (cni?.plugin !== "Calico") drop = CNI_ONLY;
  else {
    const both = c.lists.ipAddrs?.raw && c.lists.ipAddrsNoIpam?.raw;
    drop = both ? IPAM_ONLY : [...IPAM_ONLY, ...STATIC_KEYS];
  }
  const gone = c.all.filter((e) => drop.includes(shortKey(e.key)));
  if (gone.length === 0) return { kept: c };
  return { kept: decodeCalico(c.all.filter((e) => !gone.includes(e))), unread: decodeCalico(gone) };
}

// src/model/kustomize.ts
var KUSTOMIZATION = /(^|[/\\])(kustomization\.ya?ml|Kustomization)$/;
function labellingKustomizations(files) {
  const dirs = [];
  for (const f of files) {
    const m = KUSTOMIZATION.exec(f.path);
    if (!m) continue;
    const root = f.documents[0]?.root;
    if (root?.kind !== "map") continue;
    const adds = root.entries.some((e) => (e.key === "commonLabels" || e.key === "labels") && !(e.value.kind === "scalar" && e.value.value === null));
    if (adds) dirs.push(f.path.slice(0, m.index + (m[1] ?? "").length));
  }
  return dirs;
}

// src/model/kinds.ts
var WORKLOAD_KINDS = [
  { kind: "Pod", groups: [""], template: [], scale: "single" },
  { kind: "Deployment", groups: ["apps", "extensions", "apps/v1beta1", "apps/v1beta2"], template: ["spec", "template"], scale: "replicas" },
  { kind: "ReplicaSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "replicas" },
  { kind: "StatefulSet", groups: ["apps"], template: ["spec", "template"], scale: "replicas" },
  { kind: "DaemonSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "per-node" },
  { kind: "Job", groups: ["batch"], template: ["spec", "template"], scale: "parallelism" },
  { kind: "CronJob", groups: ["batch"], template: ["spec", "jobTemplate", "spec", "template"], scale: "parallelism" },
  { kind: "ReplicationController", groups: [""], template: ["spec", "template"], scale: "replicas" },
  { kind: "PodTemplate", groups: [""], template: ["template"], scale: "template" },
  { kind: "Rollout", groups: ["argoproj.io"], template: ["spec", "template"], scale: "replicas" },
  // KubeVirt copies a VirtualMachineInstance's annotations onto its virt-launcher pod
  // (kubevirt:pkg/virt-controller/services/template.go filterVMIAnnotationsForPod), and a
  // VirtualMachine's or replica set's template metadata onto the VMI: Calico's CNI reads them there.
  { kind: "VirtualMachineInstance", groups: ["kubevirt.io"], template: [], scale: "single" },
  { kind: "VirtualMachine", groups: ["kubevirt.io"], template: ["spec", "template"], scale: "single" },
  { kind: "VirtualMachineInstanceReplicaSet", groups: ["kubevirt.io"], template: ["spec", "template"], scale: "replicas" }
];
function workloadKind(apiGroup2, kind) {
  return WORKLOAD_KINDS.find((w) => w.kind === kind && (w.groups.includes(apiGroup2) || apiGroup2 === "extensions" && w.groups.includes("extensions")));
}

// src/model/extract.ts
var CALICO_GROUPS = /* @__PURE__ */ new Set(["projectcalico.org", "crd.projectcalico.org"]);
function buildModel(files, options = {}) {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const objects = collectObjects(files);
  const hpas = [];
  const namespaceList = [];
  const pools = [];
  const reservations = [];
  const ipamConfigs = [];
  const podCidrs = [];
  const installations = [];
  const workloads = [];
  const cni = cniSetupFrom(objects, options.cni);
  const labellingDirs = labellingKustomizations(files);
  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    const kind = o.ref.kind;
    const w = workloadKind(group, kind);
    if (w) {
      workloads.push({ o, w });
      continue;
    }
    if (kind === "HorizontalPodAutoscaler" && group === "autoscaling") {
      const target = get(o.node, "spec", "scaleTargetRef");
      const targetKind = str(get(target, "kind"));
      const targetName = str(get(target, "name"));
      if (targetKind && targetName) {
        const mr = get(o.node, "spec", "maxReplicas");
        const maxN = num(mr);
        hpas.push({
          object: o,
          targetKind,
          targetName,
          namespace: o.ref.namespace ?? defaultNamespace,
          ...mr && maxN !== void 0 ? { maxReplicas: { value: maxN, span: mr.span } } : {}
        });
      }
    } else if (kind === "Namespace" && group === "" && o.ref.name) {
      const split = splitForCni(decodeCalico(o.annotations), cni, "namespace");
      const labelsKnown = !labellingDirs.some((d) => o.ref.file.startsWith(d));
      namespaceList.push({ object: o, name: o.ref.name, labels: o.labels, labelsKnown, calico: split.kept, ...split.unread ? { cniUnread: split.unread } : {} });
    } else if (kind === "IPPool" && CALICO_GROUPS.has(group)) {
      const p = ipPoolFromObject(o);
      if (p) pools.push(p);
    } else if (kind === "IPReservation" && CALICO_GROUPS.has(group)) {
      reservations.push(reservationFrom(o));
    } else if ((kind === "IPAMConfiguration" || kind === "IPAMConfig") && CALICO_GROUPS.has(group)) {
      ipamConfigs.push(ipamConfigFrom(o));
    } else if (kind === "Installation" && group === "operator.tigera.io") {
      installations.push(o);
    } else {
      for (const c of podCidrsFrom(o, group)) podCidrs.push(c);
    }
  }
  const installers = [kubesprayFrom(files), kopsFrom(objects)];
  for (const s2 of installers) for (const c of s2.podCidrs) podCidrs.push({ text: c.text, cidr: parseCIDR(c.text), source: c.source, span: c.span, object: c.object });
  for (const c of options.podCidrs ?? []) {
    for (const part of c.split(",")) {
      const t = part.trim();
      if (t) podCidrs.push({ text: t, cidr: parseCIDR(t), source: "--pod-cidr" });
    }
  }
  const ipPools = [...pools];
  for (const o of installations) for (const p of installationPools(o, podCidrs, ipPools)) pools.push(p);
  for (const { o, w } of workloads) if (w.kind === "DaemonSet") for (const p of calicoNodePools(o, w)) pools.push(p);
  for (const s2 of installers) for (const p of s2.pools) {
    const pool = installerPool(p);
    if (pool) pools.push(pool);
  }
  const hpasByTarget = /* @__PURE__ */ new Map();
  for (const h of hpas) {
    const key = hpaKey(h.targetKind, h.targetName, h.namespace);
    const list = hpasByTarget.get(key);
    if (list) list.push(h);
    else hpasByTarget.set(key, [h]);
  }
  const podSources = workloads.map(({ o, w }) => podSourceFrom(o, w, defaultNamespace, hpasByTarget, cni)).filter((p) => p !== null);
  const namespaces = /* @__PURE__ */ new Map();
  for (const n of namespaceList) if (!namespaces.has(n.name)) namespaces.set(n.name, n);
  const edition = editionFrom(installations);
  const inputs = { ...edition ? { edition } : {}, ...options.live ? { live: options.live } : {}, ...options.changedSince ? { changedSince: options.changedSince } : {} };
  return { files, objects, podSources, namespaces, namespaceList, pools, reservations, ipamConfigs, podCidrs, hpas, ...cni ? { cni } : {}, defaultNamespace, ...inputs };
}
function editionFrom(installations) {
  let out;
  for (const o of installations) {
    const n = get(o.node, "spec", "variant");
    const v = str(n);
    const value = v === "CalicoEnterprise" || v === "TigeraSecureEnterprise" ? "enterprise" : "open-source";
    if (out && out.value !== value) return void 0;
    out ??= { value, object: o, span: n?.span ?? o.ref.span };
  }
  return out;
}
function written(map, key, read) {
  return writtenAs(get(map, key), read);
}
function writtenAs(node, read) {
  return node ? { node, span: node.span, value: read(node) } : void 0;
}
var readUseList = (n) => asSeq(n)?.items.map((i) => ({ value: text(i) ?? "", span: i.span }));
function poolFields(m, nameNode, origin) {
  const ipPool = origin === "IPPool";
  return {
    cidr: written(m, "cidr", text),
    blockSize: written(m, "blockSize", num),
    ipipMode: ipPool ? written(m, "ipipMode", str) : void 0,
    vxlanMode: ipPool ? written(m, "vxlanMode", str) : void 0,
    encapsulation: ipPool ? void 0 : written(m, "encapsulation", str),
    allowedUses: written(m, "allowedUses", readUseList),
    disabled: written(m, ipPool ? "disabled" : "disableNewAllocations", bool),
    disableBGPExport: written(m, "disableBGPExport", bool),
    nodeSelector: written(m, "nodeSelector", str),
    namespaceSelector: ipPool ? written(m, "namespaceSelector", str) : void 0,
    assignmentMode: written(m, "assignmentMode", str),
    name: nameNode ? { node: nameNode, span: nameNode.span, value: str(nameNode) } : void 0
  };
}
var NO_FIELDS = poolFields(void 0, void 0, "Installation");
function loc(n, v) {
  return n && v !== void 0 ? { value: v, span: n.span } : void 0;
}
function pinnedToOneNode(nodeSelector, affinity) {
  if (str(get(nodeSelector, "kubernetes.io/hostname")) !== void 0) return true;
  const terms = get(affinity, "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
  if (terms?.kind !== "seq" || terms.items.length !== 1) return false;
  const exprs = get(terms.items[0], "matchExpressions");
  if (exprs?.kind !== "seq") return false;
  return exprs.items.some((e) => {
    const values = get(e, "values");
    return str(get(e, "key")) === "kubernetes.io/hostname" && str(get(e, "operator")) === "In" && values?.kind === "seq" && values.items.length === 1;
  });
}
var NOTHING_WRITTEN = Object.freeze({});
function updateStrategyOf(w, specStrategy, specUpdateStrategy) {
  const parts = (u) => !u.type && !u.maxSurge && !u.blueGreen && !u.canary ? NOTHING_WRITTEN : {
    ...u.type ? { type: u.type } : {},
    ...u.maxSurge ? { maxSurge: u.maxSurge } : {},
    ...u.blueGreen ? { blueGreen: u.blueGreen } : {},
    ...u.canary ? { canary: u.canary } : {}
  };
  if (w.kind === "Deployment" || w.kind === "DaemonSet") {
    const strategy = w.kind === "Deployment" ? specStrategy : specUpdateStrategy;
    return parts({ type: written(strategy, "type", str), maxSurge: written(get(strategy, "rollingUpdate"), "maxSurge", text) });
  }
  if (w.kind === "Rollout") {
    const strategy = specStrategy;
    const canary = entry(strategy, "canary");
    return parts({ blueGreen: entry(strategy, "blueGreen")?.keySpan, canary: canary?.keySpan, maxSurge: written(canary?.value, "maxSurge", text) });
  }
  return void 0;
}
var hpaKey = (kind, name, namespace) => JSON.stringify([kind, name, namespace]);
var NO_HPAS = Object.freeze([]);
var TEMPLATE_KEYS = ["metadata", "spec"];
function sharingLabels(meta, o) {
  const own = o.labels;
  const labels = meta.labels;
  if (labels === own) return meta;
  const keys = Object.keys(labels);
  const ownKeys = Object.keys(own);
  if (keys.length !== ownKeys.length) return meta;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== ownKeys[i] || labels[k] !== own[k]) return meta;
  }
  return { ...meta, labels: own };
}
var ownMeta = (o) => ({ annotations: o.annotations, annotationsNode: o.annotationsNode, labels: o.labels });
function podFields(o, w) {
  const fast = fastRecord(o.node);
  if (fast) return fastPodFields(fast.tree, fast.r, o, w);
  const isPod = w.template.length === 0;
  const template = isPod ? o.node : asMap(get(o.node, ...w.template));
  if (!template) return null;
  const [metaEntry, specEntry] = entriesOf(template, TEMPLATE_KEYS);
  const podSpec = specEntry?.value;
  const spec = get(o.node, "spec");
  const job = w.kind === "Job" || w.kind === "CronJob";
  const js = w.kind === "CronJob" ? get(spec, "jobTemplate", "spec") : spec;
  return {
    template,
    meta: isPod ? ownMeta(o) : sharingLabels(metaIn(metaEntry?.value), o),
    replicas: w.scale === "replicas" ? get(spec, "replicas") : void 0,
    strategy: get(spec, "strategy"),
    updateStrategy: get(spec, "updateStrategy"),
    parallelism: job ? get(js, "parallelism") : void 0,
    completions: job ? get(js, "completions") : void 0,
    concurrencyPolicy: w.kind === "CronJob" ? get(spec, "concurrencyPolicy") : void 0,
    suspend: job ? get(spec, "suspend") : void 0,
    hostNetwork: get(podSpec, "hostNetwork"),
    pinnedToOneNode: pinnedToOneNode(get(podSpec, "nodeSelector"), get(podSpec, "affinity"))
  };
}
var SPEC_FIELDS = ["replicas", "strategy", "updateStrategy", "parallelism", "completions", "concurrencyPolicy", "suspend", "template"];
function specFieldsOf(w) {
  const job = w.kind === "Job" || w.kind === "CronJob";
  return SPEC_FIELDS.filter((f) => {
    if (f === "replicas") return w.scale === "replicas";
    if (f === "strategy") return w.kind === "Deployment" || w.kind === "Rollout";
    if (f === "updateStrategy") return w.kind === "DaemonSet";
    if (f === "parallelism" || f === "completions") return w.kind === "Job";
    if (f === "concurrencyPolicy") return w.kind === "CronJob";
    if (f === "suspend") return job;
    return w.template.length === 2 && w.template[0] === "spec" && w.template[1] === "template";
  });
}
var specPlans = /* @__PURE__ */ new Map();
function specPlan(w) {
  let plan = specPlans.get(w);
  if (!plan) {
    const keys = specFieldsOf(w);
    const at = Object.fromEntries(SPEC_FIELDS.map((f) => [f, keys.indexOf(f)]));
    plan = { keys, at };
    specPlans.set(w, plan);
  }
  return plan;
}
var POD_SPEC_KEYS = ["hostNetwork", "nodeSelector", "affinity"];
var specRecords = SPEC_FIELDS.map(() => -1);
var templateRecords = [-1, -1];
var podSpecRecords = [-1, -1, -1];
function fastPodFields(tree, root, o, w) {
  const isPod = w.template.length === 0;
  const specR = valueRecordAt(tree, root, "spec");
  const { keys, at } = specPlan(w);
  const spec = specRecords;
  if (isMapRecord(tree, specR)) valueRecordsAt(tree, specR, keys, spec);
  else spec.fill(-1);
  const field = (f) => at[f] === -1 ? -1 : spec[at[f]];
  const specTemplateR = field("template");
  const templateR = isPod ? root : at.template !== -1 ? specTemplateR : recordAtPath(tree, root, w.template);
  if (!isMapRecord(tree, templateR)) return null;
  const template = isPod ? o.node : nodeAt(tree, templateR);
  valueRecordsAt(tree, templateR, TEMPLATE_KEYS, templateRecords);
  const [metaR, podSpecR] = templateRecords;
  const podSpec = podSpecRecords;
  if (isMapRecord(tree, podSpecR)) valueRecordsAt(tree, podSpecR, POD_SPEC_KEYS, podSpec);
  else podSpec.fill(-1);
  const [hostNetworkR, nodeSelectorR, affinityR] = podSpec;
  const jobSpecR = w.kind === "CronJob" ? recordAtPath(tree, specR, JOB_TEMPLATE_SPEC) : -1;
  const jobField = (key) => isMapRecord(tree, jobSpecR) ? nodeAt(tree, valueRecordAt(tree, jobSpecR, key)) : void 0;
  const hostname = isMapRecord(tree, nodeSelectorR) ? scalarAt(tree, valueRecordAt(tree, nodeSelectorR, HOSTNAME)) : void 0;
  return {
    template,
    meta: isPod ? ownMeta(o) : isMapRecord(tree, metaR) ? sharingLabels(fastMeta(tree, metaR), o) : metaIn(void 0),
    replicas: nodeAt(tree, field("replicas")),
    strategy: nodeAt(tree, field("strategy")),
    updateStrategy: nodeAt(tree, field("updateStrategy")),
    // A Job's from the spec walked above, a CronJob's from its job template's spec.
    parallelism: w.kind === "Job" ? nodeAt(tree, field("parallelism")) : jobField("parallelism"),
    completions: w.kind === "Job" ? nodeAt(tree, field("completions")) : jobField("completions"),
    concurrencyPolicy: nodeAt(tree, field("concurrencyPolicy")),
    suspend: nodeAt(tree, field("suspend")),
    hostNetwork: nodeAt(tree, hostNetworkR),
    pinnedToOneNode: typeof hostname === "string" || affinityR >= 0 && pinnedToOneNode(void 0, nodeAt(tree, affinityR))
  };
}
var JOB_TEMPLATE_SPEC = ["jobTemplate", "spec"];
var HOSTNAME = "kubernetes.io/hostname";
function recordAtPath(tree, m, path) {
  let r = m;
  for (const key of path) {
    if (!isMapRecord(tree, r)) return -1;
    r = valueRecordAt(tree, r, key);
  }
  return r;
}
function podSourceFrom(o, w, defaultNamespace, hpas, cni) {
  const f = podFields(o, w);
  if (!f) return null;
  const { template, meta } = f;
  const isPod = w.template.length === 0;
  const namespace = o.ref.namespace ?? defaultNamespace;
  let replicas;
  let parallelism;
  let scaleUnread;
  let completions;
  if (w.scale === "replicas") {
    const n = f.replicas;
    replicas = loc(n, num(n));
    if (n && !replicas && (n.kind !== "scalar" || text(n) !== void 0)) scaleUnread = n.span;
  }
  if (w.kind === "Job" || w.kind === "CronJob") {
    const n = f.parallelism;
    parallelism = loc(n, num(n));
    if (n && !parallelism && text(n) !== void 0) scaleUnread = n.span;
    completions = loc(f.completions, num(f.completions));
  }
  const concurrencyPolicy = w.kind === "CronJob" ? writtenAs(f.concurrencyPolicy, str) : void 0;
  const strategyNode = w.kind === "Deployment" ? get(f.strategy, "type") : void 0;
  const strategyType = loc(strategyNode, str(strategyNode));
  const hn = f.hostNetwork;
  const hostNetwork = loc(hn, bool(hn));
  const update = updateStrategyOf(w, f.strategy, f.updateStrategy);
  const suspendNode = w.kind === "Job" || w.kind === "CronJob" ? f.suspend : void 0;
  const suspend = loc(suspendNode, bool(suspendNode));
  const name = o.ref.name;
  const myHpas = name && hpas.size > 0 ? hpas.get(hpaKey(w.kind, name, namespace)) ?? NO_HPAS : NO_HPAS;
  const controllerCalico = isPod ? void 0 : decodeCalico(o.annotations);
  const split = splitForCni(decodeCalico(meta.annotations), cni, "pod");
  return new PodSourceOf(o, w, namespace, template, meta, split, controllerCalico && controllerCalico.all.length > 0 ? controllerCalico : void 0, f.pinnedToOneNode, myHpas, {
    replicas,
    parallelism,
    strategyType,
    hostNetwork,
    scaleUnread,
    completions,
    concurrencyPolicy,
    update,
    suspend
  });
}
var PodSourceOf = class {
  constructor(object, workload, namespace, template, meta, split, controllerCalico, pinnedToOneNode2, hpas, fields) {
    this.object = object;
    this.workload = workload;
    this.namespace = namespace;
    this.template = template;
    this.pinnedToOneNode = pinnedToOneNode2;
    this.hpas = hpas;
    const self = this;
    self.podAnnotations = meta.annotations;
    self.podAnnotationsNode = meta.annotationsNode || void 0;
    self.calico = split.kept;
    self.cniUnread = split.unread || void 0;
    self.controllerCalico = controllerCalico || void 0;
    self.podLabels = meta.labels;
    self.replicas = fields.replicas || void 0;
    self.parallelism = fields.parallelism || void 0;
    self.strategyType = fields.strategyType || void 0;
    self.hostNetwork = fields.hostNetwork || void 0;
    self.scaleUnread = fields.scaleUnread || void 0;
    self.completions = fields.completions || void 0;
    self.concurrencyPolicy = fields.concurrencyPolicy || void 0;
    self.update = fields.update || void 0;
    self.suspend = fields.suspend || void 0;
  }
  object;
  workload;
  namespace;
  template;
  pinnedToOneNode;
  hpas;
  get templateSpan() {
    return this.template.span;
  }
};
function readUses(n) {
  const s2 = asSeq(n);
  const list = s2 ? s2.items.map((i) => text(i) ?? "") : [];
  return list.length > 0 ? list : DEFAULT_ALLOWED_USES;
}
function ipPoolsIn(file) {
  const out = [];
  for (const o of collectObjects([file])) {
    if (o.ref.kind !== "IPPool" || !CALICO_GROUPS.has(apiGroup(o.ref.apiVersion))) continue;
    const p = ipPoolFromObject(o);
    if (p) out.push(p);
  }
  return out;
}
function ipPoolFromObject(o) {
  const spec = asMap(get(o.node, "spec"));
  const cidrNode = get(spec, "cidr");
  const cidrText = str(cidrNode);
  const cidr = cidrText !== void 0 ? parseCIDR(cidrText) : null;
  const family = cidr?.family ?? null;
  const bs = num(get(spec, "blockSize"));
  const conditions = asSeq(get(o.node, "status", "conditions"));
  const allocatable = !(conditions?.items.some((c) => str(get(c, "type")) === "Allocatable" && text(get(c, "status")) === "False") ?? false);
  const ct = loc(cidrNode, cidrText);
  return {
    object: o,
    origin: "IPPool",
    ...spec ? { spec } : {},
    span: o.ref.span,
    fieldPath: "spec",
    written: poolFields(spec, get(o.node, "metadata", "name"), "IPPool"),
    name: o.ref.name ?? "",
    ...ct ? { cidrText: ct } : {},
    cidr,
    family,
    blockSize: effectiveBlockSize(bs, family),
    disabled: bool(get(spec, "disabled")) ?? false,
    ipipMode: str(get(spec, "ipipMode")) ?? DEFAULT_ENCAP_MODE,
    vxlanMode: str(get(spec, "vxlanMode")) ?? DEFAULT_ENCAP_MODE,
    allowedUses: readUses(get(spec, "allowedUses")),
    nodeSelector: str(get(spec, "nodeSelector")) || DEFAULT_NODE_SELECTOR,
    namespaceSelector: str(get(spec, "namespaceSelector")) ?? "",
    assignmentMode: str(get(spec, "assignmentMode")) ?? DEFAULT_ASSIGNMENT_MODE,
    allocatable,
    implicit: false
  };
}
function cidrToName(cidr) {
  const addr = cidr.family === 4 ? formatIP(4, cidr.network) : Array.from({ length: 8 }, (_, i) => (cidr.network >> BigInt(16 * (7 - i)) & 0xffffn).toString(16).padStart(4, "0")).join(".");
  return `${addr}-${cidr.prefix}`;
}
function installationPools(o, podCidrs, ipPools) {
  const calicoNetwork = get(o.node, "spec", "calicoNetwork");
  const cni = installationCniType(o) ?? "Calico";
  const ipam = str(get(o.node, "spec", "cni", "ipam", "type")) ?? (cni === "Calico" ? "Calico" : "other");
  const poolsEntry = entry(calicoNetwork, "ipPools");
  const list = asSeq(poolsEntry?.value);
  const out = [];
  if (!poolsEntry && ipam === "Calico") {
    const platform = podCidrs.filter((p) => p.cidr && (p.source === "ClusterConfiguration" || p.source === "kubeadm-config" || p.source === "Network"));
    const eks = str(get(o.node, "spec", "kubernetesProvider")) === "EKS";
    const cidrs = platform.length > 0 ? platform.map((p) => p.text) : [eks ? OPERATOR_EKS_DEFAULT_CIDR : OPERATOR_DEFAULT_CIDR];
    const span = calicoNetwork?.span ?? o.ref.span;
    for (const c of cidrs) {
      const cidr = parseCIDR(c);
      const family = cidr?.family ?? 4;
      const encap = platform.length === 0 && eks ? "VXLAN" : void 0;
      out.push(installationPool(o, void 0, "spec.calicoNetwork", span, OPERATOR_DEFAULT_POOL_NAME[family], c, cidr, void 0, cni, true, encap));
    }
    return out;
  }
  if (!list) return out;
  const parsed = list.items.map((item, index) => {
    const m = asMap(item);
    const ct = str(get(m, "cidr"));
    return { m, item, index, ct, cidr: ct !== void 0 ? parseCIDR(ct) : null };
  });
  const v4 = parsed.filter((p) => p.cidr?.family === 4).length;
  const v6 = parsed.filter((p) => p.cidr?.family === 6).length;
  const defaultNames = parsed.length === 1 || parsed.length === 2 && v4 === 1 && v6 === 1;
  for (const p of parsed) {
    if (!p.m) continue;
    const given = str(get(p.m, "name"));
    const cidr = p.cidr;
    const adopted = cidr ? ipPools.find((q) => q.name !== "" && q.cidr !== null && sameCIDR(q.cidr, cidr))?.name : void 0;
    const name = given || adopted || (defaultNames ? OPERATOR_DEFAULT_POOL_NAME[cidr?.family === 6 ? 6 : 4] : cidr ? cidrToName(cidr) : p.ct ?? "");
    out.push(installationPool(o, p.m, `spec.calicoNetwork.ipPools[${p.index}]`, p.m.span, name, p.ct, p.cidr, get(p.m, "cidr"), cni, false));
  }
  return out;
}
function installationPool(o, m, fieldPath, span, name, cidrText, cidr, cidrNode, cni, implicit, defaultEncap) {
  const family = cidr?.family ?? null;
  const encap = str(get(m, "encapsulation")) || defaultEncap || defaultInstallationEncapsulation(family, cni);
  const bs = num(get(m, "blockSize"));
  const ct = cidrNode ? loc(cidrNode, cidrText) : void 0;
  return {
    object: o,
    origin: "Installation",
    ...m ? { spec: m } : {},
    span,
    fieldPath,
    written: m ? poolFields(m, get(m, "name"), "Installation") : NO_FIELDS,
    name,
    ...ct ? { cidrText: ct } : cidrText !== void 0 ? { cidrText: { value: cidrText, span } } : {},
    cidr,
    family,
    blockSize: effectiveBlockSize(bs, family),
    disabled: bool(get(m, "disableNewAllocations")) ?? false,
    ipipMode: encap === "IPIP" ? "Always" : encap === "IPIPCrossSubnet" ? "CrossSubnet" : DEFAULT_ENCAP_MODE,
    vxlanMode: encap === "VXLAN" ? "Always" : encap === "VXLANCrossSubnet" ? "CrossSubnet" : DEFAULT_ENCAP_MODE,
    allowedUses: readUses(get(m, "allowedUses")),
    nodeSelector: str(get(m, "nodeSelector")) ?? DEFAULT_NODE_SELECTOR,
    namespaceSelector: "",
    assignmentMode: str(get(m, "assignmentMode")) ?? DEFAULT_ASSIGNMENT_MODE,
    allocatable: true,
    implicit
  };
}
var ENV_MODES = { "": "Never", off: "Never", never: "Never", crosssubnet: "CrossSubnet", "cross-subnet": "CrossSubnet", always: "Always" };
function calicoNodePools(o, w) {
  const containers = asSeq(get(o.node, ...w.template, "spec", "containers"));
  const container = containers?.items.find((c) => str(get(c, "name")) === "calico-node");
  const envList = asSeq(get(container, "env"));
  if (!envList) return [];
  const env = /* @__PURE__ */ new Map();
  for (const item of envList.items) {
    const name = str(get(item, "name"));
    const value = get(item, "value");
    if (name !== void 0 && value !== void 0) env.set(name, value);
  }
  const envText = (k) => {
    const n = env.get(k);
    return n ? text(n) ?? void 0 : void 0;
  };
  if ((envText("NO_DEFAULT_POOLS") ?? "").toLowerCase() === "true") return [];
  const out = [];
  for (const family of [4, 6]) {
    const prefix = `CALICO_IPV${family}POOL_`;
    const cidrNode = env.get(`${prefix}CIDR`);
    const cidrText = envText(`${prefix}CIDR`);
    if (!cidrNode || !cidrText || cidrText === "none") continue;
    const cidr = parseCIDR(cidrText);
    if (!cidr || cidr.family !== family) continue;
    if (family === 6 && (envText("FELIX_IPV6SUPPORT") ?? "").toLowerCase() === "false") continue;
    const ipip = family === 4 ? ENV_MODES[(envText(`${prefix}IPIP`) ?? "").toLowerCase()] : "Never";
    const vxlan = ENV_MODES[(envText(`${prefix}VXLAN`) ?? "").toLowerCase()];
    if (ipip === void 0 || vxlan === void 0) continue;
    const bsText = envText(`${prefix}BLOCK_SIZE`);
    const bs = bsText !== void 0 && bsText !== "" ? Number(bsText) : family === 4 ? 26 : 122;
    if (!Number.isInteger(bs)) continue;
    out.push({
      object: o,
      origin: "calico-node",
      span: cidrNode.span,
      // Written in the env list, not in a pool spec: no pool fields to judge.
      fieldPath: `${w.template.join(".")}.spec.containers[calico-node].env.${prefix}CIDR`,
      written: NO_FIELDS,
      name: family === 4 ? "default-ipv4-ippool" : "default-ipv6-ippool",
      cidrText: { value: cidrText, span: cidrNode.span },
      cidr,
      family,
      blockSize: bs,
      disabled: false,
      ipipMode: ipip,
      vxlanMode: vxlan,
      allowedUses: DEFAULT_ALLOWED_USES,
      nodeSelector: envText(`${prefix}NODE_SELECTOR`) || DEFAULT_NODE_SELECTOR,
      namespaceSelector: "",
      assignmentMode: "Automatic",
      allocatable: true,
      implicit: true
    });
  }
  return out;
}
function installerPool(p) {
  const cidr = parseCIDR(p.cidr);
  if (!cidr) return null;
  return {
    object: p.object,
    origin: p.origin,
    span: p.span,
    fieldPath: p.fieldPath,
    // Written in the installer's configuration, not in a pool spec: no pool fields to judge.
    written: NO_FIELDS,
    name: p.name,
    cidrText: { value: p.cidr, span: p.span },
    cidr,
    family: cidr.family,
    blockSize: p.blockSize,
    disabled: false,
    ipipMode: p.ipipMode,
    vxlanMode: p.vxlanMode,
    allowedUses: DEFAULT_ALLOWED_USES,
    nodeSelector: DEFAULT_NODE_SELECTOR,
    namespaceSelector: "",
    assignmentMode: DEFAULT_ASSIGNMENT_MODE,
    allocatable: true,
    implicit: p.implicit
  };
}
function reservationFrom(o) {
  const list = asSeq(get(o.node, "spec", "reservedCIDRs"));
  const entries = (list?.items ?? []).map((n) => {
    const t = text(n) ?? "";
    return { text: t, span: n.span, cidr: parseCIDROrIP(t) };
  });
  const spec = asMap(get(o.node, "spec"));
  return { object: o, ...spec ? { spec } : {}, entries };
}
function ipamConfigFrom(o) {
  const spec = get(o.node, "spec");
  const sa = get(spec, "strictAffinity");
  const mb = get(spec, "maxBlocksPerHost");
  const strictAffinity = loc(sa, bool(sa));
  const maxBlocksPerHost = loc(mb, num(mb));
  return { object: o, ...strictAffinity ? { strictAffinity } : {}, ...maxBlocksPerHost ? { maxBlocksPerHost } : {} };
}
function splitCidrs(n, source, o) {
  const t = str(n);
  if (!n || t === void 0) return [];
  const out = [];
  for (const part of t.split(",")) {
    const trimmed = part.trim();
    if (trimmed) out.push({ text: trimmed, cidr: parseCIDR(trimmed), source, span: n.span, object: o });
  }
  return out;
}
function podCidrsFrom(o, group) {
  const kind = o.ref.kind;
  if (kind === "ClusterConfiguration" && group === "kubeadm.k8s.io") {
    return splitCidrs(get(o.node, "networking", "podSubnet"), "ClusterConfiguration", o);
  }
  if (kind === "ConfigMap" && o.ref.name === "kubeadm-config") {
    const data = get(o.node, "data", "ClusterConfiguration");
    const t = str(data);
    const m = t ? /podSubnet:\s*"?([^"\n]+)"?/.exec(t) : null;
    if (data && m?.[1]) {
      return m[1].split(",").map((s2) => s2.trim()).filter(Boolean).map((s2) => ({ text: s2, cidr: parseCIDR(s2), source: "kubeadm-config", span: data.span, object: o }));
    }
    return [];
  }
  if (kind === "Cluster" && group === "kind.x-k8s.io") {
    const networking = get(o.node, "networking");
    const sub = get(networking, "podSubnet");
    if (sub) return splitCidrs(sub, "kind Cluster", o);
    const fam = str(get(networking, "ipFamily")) ?? "ipv4";
    const defaults = kindDefaultPodSubnets(fam);
    return defaults.map((d) => ({ text: d, cidr: parseCIDR(d), source: "kind Cluster (default)", span: o.ref.span, object: o }));
  }
  if (kind === "KubeProxyConfiguration" && group === "kubeproxy.config.k8s.io") {
    return splitCidrs(get(o.node, "clusterCIDR"), "KubeProxyConfiguration", o);
  }
  if (kind === "Cluster" && group === "cluster.x-k8s.io") {
    const blocks = asSeq(get(o.node, "spec", "clusterNetwork", "pods", "cidrBlocks"));
    return (blocks?.items ?? []).flatMap((b) => splitCidrs(b, "Cluster API Cluster", o));
  }
  if (kind === "Network" && group === "config.openshift.io") {
    const nets = asSeq(get(o.node, "spec", "clusterNetwork"));
    return (nets?.items ?? []).flatMap((n) => splitCidrs(get(n, "cidr"), "Network", o));
  }
  return [];
}

// src/model/live.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var s = (v) => typeof v === "string" ? v : void 0;
function controllerOf(meta) {
  const refs = Array.isArray(meta?.["ownerReferences"]) ? meta["ownerReferences"] : [];
  const objs = refs.filter(isObj);
  const ref = objs.find((r) => r["controller"] === true) ?? (objs.length === 1 ? objs[0] : void 0);
  const kind = s(ref?.["kind"]);
  const name = s(ref?.["name"]);
  return kind && name ? { kind, name } : void 0;
}
function canonical(text2) {
  const ip = parseIP(text2.trim());
  return ip ? ipString(ip) : void 0;
}
function noIpamOf(annotations) {
  const raw = s(annotations?.["cni.projectcalico.org/ipAddrsNoIpam"]);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw);
    return Array.isArray(list) ? list.flatMap((x) => typeof x === "string" ? [canonical(x)].filter((c) => c !== void 0) : []) : [];
  } catch {
    return [];
  }
}
function livePodsFrom(data, source) {
  if (!isObj(data)) return { error: "expected the output of `kubectl get pods -A -o json` (a List of Pods)" };
  const kind = s(data["kind"]);
  const items = kind === "Pod" ? [data] : Array.isArray(data["items"]) ? data["items"] : null;
  if (!items || kind !== "Pod" && kind !== void 0 && !kind.endsWith("List")) {
    return { error: `expected the output of \`kubectl get pods -A -o json\` (a List of Pods), not ${kind ? `a ${kind}` : "this"}` };
  }
  const objects = items.filter(isObj);
  const controllers = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const k = s(o["kind"]);
    if (!k || k === "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : void 0;
    const name = s(meta?.["name"]);
    if (name) controllers.set(`${s(meta?.["namespace"]) ?? ""}/${k}/${name}`, controllerOf(meta));
  }
  const pods = [];
  for (const o of objects) {
    if (s(o["kind"]) !== void 0 && s(o["kind"]) !== "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : void 0;
    const spec = isObj(o["spec"]) ? o["spec"] : void 0;
    const status = isObj(o["status"]) ? o["status"] : void 0;
    const name = s(meta?.["name"]);
    if (!name || spec?.["hostNetwork"] === true) continue;
    const phase = s(status?.["phase"]);
    if (phase === "Succeeded" || phase === "Failed") continue;
    const namespace = s(meta?.["namespace"]) ?? "default";
    const ipTexts = Array.isArray(status?.["podIPs"]) ? status["podIPs"].map((p) => isObj(p) ? s(p["ip"]) : void 0) : [s(status?.["podIP"])];
    const ips = [...new Set(ipTexts.flatMap((t) => t ? [canonical(t)].filter((c) => c !== void 0) : []))];
    if (ips.length === 0) continue;
    const owners = [];
    const seen = /* @__PURE__ */ new Set();
    for (let ref = controllerOf(meta); ref; ) {
      const key = `${namespace}/${ref.kind}/${ref.name}`;
      if (seen.has(key)) break;
      seen.add(key);
      owners.push(ref);
      ref = controllers.get(key);
    }
    const labels = {};
    if (isObj(meta?.["labels"])) {
      for (const [k, v] of Object.entries(meta["labels"])) if (typeof v === "string") labels[k] = v;
    }
    const annotations = isObj(meta?.["annotations"]) ? meta["annotations"] : void 0;
    pods.push({ namespace, name, ips, owners, labels, noIpam: noIpamOf(annotations) });
  }
  return { pods, source };
}
var suffixed = (name, base, suffix) => name.startsWith(`${base}-`) && suffix.test(name.slice(base.length + 1));
var TEMPLATE_HASH = /^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/;
function sameWorkload(pod, kind, namespace, name) {
  if (pod.namespace !== namespace) return false;
  if (kind === "Pod") return pod.name === name;
  if (pod.owners.some((o) => o.kind === kind && o.name === name)) return true;
  const direct = pod.owners[0];
  if (!direct || pod.owners.length > 1) return false;
  if ((kind === "Deployment" || kind === "Rollout") && direct.kind === "ReplicaSet") {
    const hash = kind === "Deployment" ? pod.labels["pod-template-hash"] : pod.labels["rollouts-pod-template-hash"];
    return hash ? direct.name === `${name}-${hash}` : suffixed(direct.name, name, TEMPLATE_HASH);
  }
  if (kind === "CronJob" && direct.kind === "Job") return suffixed(direct.name, name, /^\d+$/);
  return false;
}

// src/model/settings.ts
var DEFAULT_SETTINGS = {
  featureFlags: {},
  calicoVersion: "v3.32",
  poolsComplete: false
};

// src/model/selector.ts
var MAX_LABEL_LENGTH = 512;
var Fail = class extends Error {
  constructor(detail, start, stop) {
    super(detail);
    this.detail = detail;
    this.start = start;
    this.stop = stop;
  }
  detail;
  start;
  stop;
};
var isWhitespace = (c) => c === " " || c === "	";
var isIdentChar = (c) => c !== void 0 && /^[a-zA-Z0-9_./-]$/.test(c);
function skipWhitespace(text2, i) {
  while (isWhitespace(text2[i])) i++;
  return i;
}
function keywordAt(text2, i, word) {
  if (!text2.startsWith(word, i)) return null;
  const after2 = i + word.length;
  return isIdentChar(text2[after2]) ? null : after2;
}
function twoWordsAt(text2, i, first, second) {
  if (!text2.startsWith(first, i)) return null;
  const j = skipWhitespace(text2, i + first.length);
  if (!text2.startsWith(second, j)) return null;
  const end = j + second.length;
  return isIdentChar(text2[skipWhitespace(text2, end)]) ? null : end;
}
function identifierAt(text2, i) {
  let j = i;
  while (isIdentChar(text2[j])) j++;
  const ident = text2.slice(i, j);
  if (ident.length > MAX_LABEL_LENGTH) throw new Fail(`label too long (${ident.length} characters; at most ${MAX_LABEL_LENGTH})`, i, j);
  if (ident === "") {
    const c = text2[i];
    throw new Fail(c === void 0 ? "expected identifier" : `expected identifier, found ${JSON.stringify(c)}`, i, c === void 0 ? i : i + 1);
  }
  return ident;
}
function tokenize(text2) {
  const out = [];
  let i = 0;
  const push = (kind, start, end, value = "") => {
    out.push({ kind, value, start, end });
    i = end;
  };
  for (; ; ) {
    i = skipWhitespace(text2, i);
    if (i >= text2.length) {
      push("eof", text2.length, text2.length);
      return out;
    }
    const c = text2[i];
    const last = out[out.length - 1];
    switch (c) {
      case "(":
        push("lparen", i, i + 1);
        continue;
      case ")":
        push("rparen", i, i + 1);
        continue;
      case "{":
        push("lbrace", i, i + 1);
        continue;
      case "}":
        push("rbrace", i, i + 1);
        continue;
      case ",":
        push("comma", i, i + 1);
        continue;
      case '"':
      case "'": {
        const close = text2.indexOf(c, i + 1);
        if (close === -1) throw new Fail("unterminated string", i, text2.length);
        push("string", i, close + 1, text2.slice(i + 1, close));
        continue;
      }
      case "=":
        if (text2[i + 1] !== "=") throw new Fail("expected ==", i, i + 1);
        push("eq", i, i + 2);
        continue;
      case "!":
        if (text2[i + 1] === "=") push("ne", i, i + 2);
        else push("not", i, i + 1);
        continue;
      case "&":
        if (text2[i + 1] !== "&") throw new Fail("expected &&", i, i + 1);
        push("and", i, i + 2);
        continue;
      case "|":
        if (text2[i + 1] !== "|") throw new Fail("expected ||", i, i + 1);
        push("or", i, i + 2);
        continue;
      default:
        break;
    }
    if (last?.kind === "label") {
      let end;
      if ((end = keywordAt(text2, i, "contains")) !== null) push("contains", i, end);
      else if ((end = twoWordsAt(text2, i, "starts", "with")) !== null) push("startsWith", i, end);
      else if ((end = twoWordsAt(text2, i, "ends", "with")) !== null) push("endsWith", i, end);
      else if ((end = twoWordsAt(text2, i, "not", "in")) !== null) push("notIn", i, end);
      else if ((end = keywordAt(text2, i, "in")) !== null) push("in", i, end);
      else {
        let j = i;
        while (j < text2.length && !isWhitespace(text2[j])) j++;
        throw new Fail(`expected operator after label ${JSON.stringify(last.value)}`, i, Math.max(j, i + 1));
      }
      continue;
    }
    if (text2.startsWith("has(", i)) {
      const at = skipWhitespace(text2, i + 4);
      const ident2 = identifierAt(text2, at);
      const close = skipWhitespace(text2, at + ident2.length);
      if (text2[close] !== ")") throw new Fail("no closing ')' after has(", close, Math.min(close + 1, text2.length));
      push("has", i, close + 1, ident2);
      continue;
    }
    const fn = text2.startsWith("all(", i) ? "all" : text2.startsWith("global(", i) ? "global" : null;
    if (fn) {
      const close = skipWhitespace(text2, i + fn.length + 1);
      if (text2[close] !== ")") throw new Fail(`no closing ')' after ${fn}(`, close, Math.min(close + 1, text2.length));
      push(fn, i, close + 1);
      continue;
    }
    const ident = identifierAt(text2, i);
    push("label", i, i + ident.length, ident);
  }
}
var OPERATORS = {
  eq: "==",
  ne: "!=",
  in: "in",
  notIn: "not in",
  contains: "contains",
  startsWith: "starts with",
  endsWith: "ends with",
  and: "&&",
  or: "||",
  not: "!",
  lparen: "(",
  rparen: ")",
  lbrace: "{",
  rbrace: "}",
  comma: ",",
  all: "all()",
  global: "global()"
};
function describe(t) {
  if (t.kind === "eof") return "the end of the selector";
  if (t.kind === "label") return `label ${JSON.stringify(t.value)}`;
  if (t.kind === "string") return `string ${JSON.stringify(t.value)}`;
  if (t.kind === "has") return `has(${t.value})`;
  return OPERATORS[t.kind] ?? t.kind;
}
var combine = (kind, operands) => operands.length === 1 ? operands[0] : { kind, operands };
var Parser2 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  peek(k = 0) {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }
  fail(message, t) {
    throw new Fail(message, t.start, t.end);
  }
  /**
   * Calico's grammar (or of ands of operations, an operation a parenthesised expression) parsed
   * with an explicit stack of open parentheses, not recursion: a selector nested 5,000 deep is valid
   * for Calico (Go's stacks grow) and must not overflow ours.
   */
  root() {
    if (this.peek().kind === "eof") return { kind: "all" };
    const groups = [{ ors: [], ands: [], negated: false }];
    for (; ; ) {
      let negated = false;
      while (this.peek().kind === "not") {
        negated = !negated;
        this.pos++;
      }
      if (this.peek().kind === "lparen") {
        this.pos++;
        groups.push({ ors: [], ands: [], negated });
        continue;
      }
      const primary = this.primary();
      let node = negated ? { kind: "not", operand: primary } : primary;
      for (; ; ) {
        const g = groups[groups.length - 1];
        g.ands.push(node);
        const next = this.peek();
        if (next.kind === "and") {
          this.pos++;
          break;
        }
        if (next.kind === "or") {
          this.pos++;
          g.ors.push(combine("and", g.ands));
          g.ands = [];
          break;
        }
        const group = combine("or", [...g.ors, combine("and", g.ands)]);
        if (groups.length === 1) {
          if (next.kind !== "eof") this.fail(`unexpected content at end of selector: ${describe(next)}`, next);
          return group;
        }
        if (next.kind !== "rparen") this.fail(`expected ), found ${describe(next)}`, next);
        this.pos++;
        groups.pop();
        node = g.negated ? { kind: "not", operand: group } : group;
      }
    }
  }
  /** An operation other than a parenthesised expression. */
  primary() {
    const t = this.peek();
    switch (t.kind) {
      case "has":
        this.pos++;
        return { kind: "has", label: t.value };
      case "all":
      case "global":
        this.pos++;
        return { kind: t.kind };
      case "label":
        return this.labelOperation(t);
      default:
        return this.fail(`unexpected token: ${describe(t)}`, t);
    }
  }
  labelOperation(label) {
    const op = this.peek(1);
    if (op.kind === "eof") this.fail("unexpected end of string looking for op", op);
    const arg = this.peek(2);
    switch (op.kind) {
      case "eq":
      case "ne":
      case "contains":
      case "startsWith":
      case "endsWith":
        if (arg.kind !== "string") this.fail(`expected string after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        return { kind: op.kind, label: label.value, value: arg.value };
      case "in":
      case "notIn": {
        if (arg.kind !== "lbrace") this.fail(`expected set literal after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        const values = [];
        while (this.peek().kind === "string") {
          values.push(this.peek().value);
          this.pos++;
          if (this.peek().kind !== "comma") break;
          this.pos++;
        }
        const close = this.peek();
        if (close.kind !== "rbrace") this.fail(`expected }, found ${describe(close)}`, close);
        this.pos++;
        return { kind: op.kind, label: label.value, values: [...new Set(values)].sort() };
      }
      default:
        return this.fail(`expected == or != after label ${JSON.stringify(label.value)}, found ${describe(op)}`, op);
    }
  }
};
function parseSelector(text2) {
  try {
    return { ok: new Parser2(tokenize(text2)).root() };
  } catch (e) {
    if (e instanceof Fail) return { error: { message: e.detail, offset: e.start, end: Math.max(e.start, e.stop) } };
    throw e;
  }
}
function lookup(labels, key) {
  if (labels instanceof Map) return labels.get(key);
  const rec = labels;
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : void 0;
}
function test(sel, labels) {
  switch (sel.kind) {
    case "all":
    case "global":
      return true;
    case "has":
      return lookup(labels, sel.label) !== void 0;
    case "eq": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v === sel.value;
    }
    case "ne": {
      const v = lookup(labels, sel.label);
      return v === void 0 || v !== sel.value;
    }
    case "contains": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.includes(sel.value);
    }
    case "startsWith": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.startsWith(sel.value);
    }
    case "endsWith": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && v.endsWith(sel.value);
    }
    case "in": {
      const v = lookup(labels, sel.label);
      return v !== void 0 && sel.values.includes(v);
    }
    case "notIn": {
      const v = lookup(labels, sel.label);
      return v === void 0 || !sel.values.includes(v);
    }
    default:
      throw new Error(`selector ${sel.kind} has operands`);
  }
}
function evaluate(sel, labels) {
  const frames = [];
  let cur = sel;
  for (; ; ) {
    if (cur.kind === "not" || cur.kind === "and" || cur.kind === "or") {
      frames.push({ sel: cur, i: 0 });
      cur = cur.kind === "not" ? cur.operand : cur.operands[0];
      continue;
    }
    let value = test(cur, labels);
    for (; ; ) {
      const f = frames[frames.length - 1];
      if (!f) return value;
      const s2 = f.sel;
      if (s2.kind === "not") {
        frames.pop();
        value = !value;
        continue;
      }
      const ops = s2.operands;
      f.i++;
      const decided = s2.kind === "and" ? !value : value;
      if (decided || f.i >= ops.length) {
        frames.pop();
        continue;
      }
      cur = ops[f.i];
      break;
    }
  }
}

// src/model/kind-cluster.ts
function kindNodeCount(objects) {
  const counts = /* @__PURE__ */ new Set();
  for (const o of objects) {
    if (o.ref.kind !== "Cluster" || apiGroup(o.ref.apiVersion) !== "kind.x-k8s.io") continue;
    const nodes = get(o.node, "nodes");
    const list = asSeq(nodes);
    if (nodes !== void 0 && !list) return void 0;
    counts.add(Math.max(1, list?.items.length ?? 0));
  }
  const [only] = counts;
  return counts.size === 1 ? only : void 0;
}

export {
  LineIndex,
  innerSpan,
  parseSource,
  unreadableSource,
  manifestReader,
  entryAt,
  LazySources,
  goUnmarshalStringList,
  bitsOf,
  parseIP,
  parseCIDR,
  parseCIDROrIP,
  maskOf,
  sizeOf,
  lastOf,
  contains,
  overlaps,
  within,
  sameCIDR,
  formatIP,
  ipString,
  cidrString,
  CALICO_PREFIX,
  LIST_KEYS,
  NAMESPACE_KEYS,
  OUTPUT_KEYS,
  KNOWN_KEYS,
  shortKey,
  isSet,
  staticIPs,
  poolRequests,
  DEFAULT_BLOCK_SIZE,
  BLOCK_SIZE_RANGE,
  effectiveBlockSize,
  OPERATOR_DEFAULT_POOL_NAME,
  LINK_LOCAL,
  entry,
  get,
  asSeq,
  str,
  toPlain,
  atPointer,
  collectObjects,
  apiGroup,
  calicoIpamRuns,
  installationCniType,
  CNI_ONLY,
  workloadKind,
  buildModel,
  ipPoolsIn,
  livePodsFrom,
  sameWorkload,
  DEFAULT_SETTINGS,
  parseSelector,
  evaluate,
  kindNodeCount
};
