var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/eslint-rule-docs/plugins.json
var require_plugins = __commonJS({
  "node_modules/eslint-rule-docs/plugins.json"(exports2, module2) {
    module2.exports = {
      "10x": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-10x"
      },
      "66nao": {
        repository: "https://github.com/66nao/eslint-glugin-66nao"
      },
      "6river": {
        repository: "https://github.com/6RiverSystems/eslint-plugin-6river"
      },
      "7g": {
        repository: "https://github.com/7Geese/eslint-plugin-7g"
      },
      "@-k/eslint-plugin": {
        repository: "https://github.com/AdrieanKhisbe/my-node-libraries"
      },
      "@0x706b/eslint-plugin-align-assignments": {
        repository: "https://github.com/0x706b/eslint-plugin-align-assignments"
      },
      "@0y0/eslint-plugin-react": {
        repository: "https://github.com/o0y0o/f2e-dev-toolkit"
      },
      "@10stars/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@10up/eslint-plugin": {
        repository: "https://github.com/10up/10up-toolkit"
      },
      "@18f/eslint-plugin-identity": {
        repository: "https://github.com/18f/identity-idp"
      },
      "@20minutes/eslint-plugin-graphql": {
        repository: "https://github.com/20minutes/eslint-plugin-graphql"
      },
      "@2chevskii/eslint-plugin-putout": {
        repository: "https://github.com/2chevskii/eslint-plugin-putout"
      },
      "@4dvn-hieu/eslint-plugin-dollar-sign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-dollar-sign"
      },
      "@6river/eslint-plugin-6river": {
        repository: "https://github.com/6RiverSystems/eslint-plugin-6river"
      },
      "@aarondewes/wp-eslint-plugin": {
        repository: "https://github.com/AaronDewes/gutenberg"
      },
      "@acmecryptocorp/eslint-plugin": {
        repository: "https://github.com/acmecryptocorp/eslint-plugin"
      },
      "@adalo/eslint-plugin-axios": {
        repository: "https://github.com/AdaloHQ/eslint"
      },
      "@adnovum-eslint/eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "@aereal/eslint-plugin-react-type-safe-render": {
        repository: "https://github.com/aereal/react-type-safe-render"
      },
      "@aiou/eslint-plugin-analyze": {
        repository: "https://github.com/JiangWeixian/templates"
      },
      "@aiou/eslint-plugin-progress": {
        repository: "https://github.com/JiangWeixian/eslint-config"
      },
      "@akphi/eslint-plugin": {
        repository: "https://github.com/akphi/config-tester"
      },
      "@alasdair/eslint-plugin-max-len": {
        repository: "https://github.com/alasdairhurst/eslint-plugin-max-len"
      },
      "@alexrafael10/eslint-plugin-prettier-vue": {
        repository: "https://github.com/alexrafael10/eslint-plugin-prettier-vue"
      },
      "@alexreardon/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@alibaba-aero/eslint-plugin-json": {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "@alixfachin/eslint-plugin-riotjs": {
        repository: "https://github.com/AlixFachin/eslint-plugin-riotjs"
      },
      "@alongvili/eslint-plugin-remix": {
        repository: "https://github.com/AlonGvili/eslint-plugin-remix"
      },
      "@americanexpress/eslint-plugin-one-app": {
        repository: "https://github.com/americanexpress/one-app-cli"
      },
      "@aminya/eslint-plugin-only-warn": {
        repository: "https://github.com/aminya/eslint-plugin-only-warn"
      },
      "@anansi/eslint-plugin": {
        repository: "https://github.com/ntucker/anansi"
      },
      "@andreyvolokitin/eslint-plugin-destructuring": {
        repository: "https://github.com/lukeapage/eslint-plugin-destructuring"
      },
      "@angelventura/eslint-plugin-ejs": {
        repository: "https://github.com/angelventura/eslint-plugin-ejs"
      },
      "@angular-eslint/eslint-plugin": {
        repository: "https://github.com/angular-eslint/angular-eslint"
      },
      "@angular-eslint/eslint-plugin-template": {
        repository: "https://github.com/angular-eslint/angular-eslint"
      },
      "@angular-ru/eslint-plugin-enterprise": {
        repository: "https://github.com/Angular-RU/angular-ru-sdk"
      },
      "@anireact/eslint-plugin": {
        repository: "https://github.com/anireact/zc"
      },
      "@anshulsanghi/eslint-plugin-enforce-apollo-error-handling": {
        repository: "https://github.com/anshap1719/eslint-plugin-enforce-apollo-error-handling"
      },
      "@anshulsanghi/eslint-plugin-playwright": {
        repository: "https://github.com/anshap1719/eslint-plugin-playwright"
      },
      "@aortman/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@applitools/eslint-plugin-compat": {
        repository: "https://github.com/applitools/eslint-plugin-compat"
      },
      "@appruut/eslint-plugin": {
        repository: "https://github.com/appruut/eslint-plugin"
      },
      "@appulate/eslint-plugin": {
        repository: "https://github.com/appulate/eslint-plugin-appulate"
      },
      "@arnaud-barre/eslint-plugin-custom": {
        repository: "https://github.com/ArnaudBarre/eslint-config"
      },
      "@arnaud-barre/eslint-plugin-local": {
        repository: "https://github.com/ArnaudBarre/eslint-config"
      },
      "@asbjorn/eslint-plugin-groq": {
        repository: "https://github.com/asbjornh/eslint-plugin-groq"
      },
      "@atlauncher/eslint-plugin-atlauncher": {
        repository: "https://github.com/ATLauncher/javascript"
      },
      "@augustaba/eslint-plugin": {
        repository: "https://github.com/augustaba/rider"
      },
      "@authing/eslint-plugin-nestjs": {
        repository: "https://github.com/Authing/eslint-plugin-nestjs"
      },
      "@autoguru/eslint-plugin": {
        repository: "https://github.com/autoguru-au/octane"
      },
      "@automattic/eslint-plugin-wpvip": {
        repository: "https://github.com/Automattic/eslint-config-wpvip"
      },
      "@avaly/eslint-plugin-import-order": {
        repository: "https://github.com/avaly/eslint-plugin-import-order"
      },
      "@babel/eslint-plugin": {
        repository: "https://github.com/babel/babel"
      },
      "@babel/eslint-plugin-development": {
        repository: "https://github.com/babel/babel"
      },
      "@bdwain/eslint-plugin-better-mutation": {
        repository: "https://github.com/sloops77/eslint-plugin-better-mutation"
      },
      "@beequeue/eslint-plugin": {
        repository: "https://github.com/BeeeQueue/eslint-plugin"
      },
      "@bel0v/eslint-plugin-deprecate": {
        repository: "https://github.com/AlexMost/eslint-plugin-deprecate"
      },
      "@bem-react/eslint-plugin": {
        repository: "https://github.com/bem/bem-react"
      },
      "@bentley/eslint-plugin": {
        repository: "https://github.com/imodeljs/imodeljs"
      },
      "@berlysia/generator-eslint-plugin": {
        repository: "https://github.com/berlysia/generator-eslint-plugin"
      },
      "@bernardmcmanus/eslint-plugin": {
        repository: "https://github.com/bernardmcmanus/standards"
      },
      "@bigcommerce/eslint-plugin": {
        repository: "https://github.com/bigcommerce/eslint-config"
      },
      "@bigtaddy/eslint-plugin-simple-import-sort": {
        repository: "https://github.com/bigtaddy/eslint-plugin-simple-import-sort"
      },
      "@bigtest/eslint-plugin": {
        repository: "https://github.com/thefrontside/bigtest"
      },
      "@binary64/eslint-plugin": {
        repository: "https://github.com/binary64/eslint-plugin"
      },
      "@bitassembly/eslint-plugin-import-alias": {
        repository: "https://github.com/jamsuu/eslint-plugin-import-alias"
      },
      "@bjervis/eslint-plugin-redundant-stack": {
        repository: "https://github.com/benjervis/eslint-plugin-redundant-stack"
      },
      "@bjervis/eslint-plugin-scoobie": {
        repository: "https://github.com/benjervis/eslint-plugin-scoobie"
      },
      "@black_hole/eslint-plugin": {
        repository: "https://github.com/netless-io/eslint-plugin"
      },
      "@black_hole/eslint-plugin-black_hole": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@black_hole/eslint-plugin-netless": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@blackflux/eslint-plugin-rules": {
        repository: "https://github.com/blackflux/eslint-plugin-rules"
      },
      "@bluecateng/eslint-plugin": {
        repository: "https://github.com/bluecatengineering/eslint-packages"
      },
      "@bluelovers/eslint-plugin": {
        repository: "https://github.com/bluelovers/ws-node-bluelovers"
      },
      "@blueprint-modernized/eslint-plugin": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@blueprintjs/eslint-plugin": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@blueprintjs/eslint-plugin-blueprint": {
        repository: "https://github.com/palantir/blueprint"
      },
      "@bo2kshelf/eslint-plugin": {
        repository: "https://github.com/bo2kshelf/eslint-plugin"
      },
      "@br/eslint-plugin-laws-of-the-game": {
        repository: "https://github.com/bleacherreport/eslint-plugin-laws-of-the-game"
      },
      "@breadhead/eslint-plugin-react-hooks": {
        repository: "https://github.com/breadhead/eslint-plugin-react-hooks"
      },
      "@breautek/eslint-plugin": {
        repository: "https://github.com/breautek/eslint-plugin"
      },
      "@brettz9/eslint-plugin": {
        repository: "https://github.com/brettz9/eslint-plugin"
      },
      "@builder.io/eslint-plugin-mitosis": {
        repository: "https://github.com/BuilderIO/mitosis"
      },
      "@buildertrend/eslint-plugin-enterprise-extras": {
        repository: "https://github.com/buildertrend/eslint-plugin-enterprise-extras"
      },
      "@bullhorn/eslint-plugin-bullhorn": {
        repository: "https://github.com/bullhorn/eslint-plugin-bullhorn"
      },
      "@busybox/eslint-plugin-json": {
        repository: "https://github.com/davidNHK/busybox"
      },
      "@bve/eslint-plugin": {
        repository: "https://github.com/bvejs/bve"
      },
      "@byteever/eslint-plugin": {
        repository: "https://github.com/byteever/eslint-plugin"
      },
      "@c-hess/eslint-plugin-enterprise-extras": {
        repository: "https://github.com/C-Hess/eslint-plugin-enterprise-extras"
      },
      "@calm/eslint-plugin-react-intl": {
        repository: "https://github.com/calm/eslint-plugin-react-intl"
      },
      "@canarise/snowpack-eslint-plugin": {
        repository: "https://github.com/leebeydoun/snowpack-eslint-plugin"
      },
      "@cazoo/eslint-plugin-eslint": {
        repository: "https://github.com/Cazoo-uk/cazoo-eslint"
      },
      "@cebus/eslint-plugin": {
        repository: "https://github.com/cebus-org/cebus"
      },
      "@chainsafe/eslint-plugin-node": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "@change-org/eslint-plugin-change": {
        repository: "https://github.com/change/javascript"
      },
      "@channel.io/eslint-plugin": {
        repository: "https://github.com/channel-io/eslint-plugin"
      },
      "@chanzuckerberg/eslint-plugin-stories": {
        repository: "https://github.com/chanzuckerberg/frontend-libs"
      },
      "@checkdigit/eslint-plugin": {
        repository: "https://github.com/checkdigit/eslint-plugin"
      },
      "@chensi-thunder/eslint-plugin-vue": {
        repository: "https://github.com/chensi-thunder/eslint-plugin-vue"
      },
      "@chialab/eslint-plugin": {
        repository: "https://github.com/chialab/eslint-config"
      },
      "@chris-zhu/eslint-plugin": {
        repository: "https://github.com/chris-zhu/eslint-config"
      },
      "@clark/eslint-plugin-import-helpers-with-package": {
        repository: "https://github.com/ClarkSource/eslint-config"
      },
      "@cloudfour/eslint-plugin": {
        repository: "https://github.com/cloudfour/eslint-config"
      },
      "@clr/eslint-plugin-clarity-adoption": {
        repository: "https://github.com/vmware-clarity/core"
      },
      "@codaco/eslint-plugin-spellcheck": {
        repository: "https://github.com/codaco/eslint-plugin-spellcheck"
      },
      "@codar/eslint-plugin": {
        repository: "https://github.com/codarme/stylelint"
      },
      "@code-atlantic/eslint-plugin": {
        repository: "https://github.com/code-atlantic/coding-standards"
      },
      "@coderscamp/eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "@codeutils/eslint-plugin-code-struct": {
        repository: "https://github.com/cssmiles/eslint-code-struct"
      },
      "@cognibox/eslint-plugin-no-super-async": {
        repository: "https://github.com/cognibox/eslint-no-super-async"
      },
      "@cognibox/eslint-plugin-vue-require-component-key": {
        repository: "https://github.com/cognibox/eslint-vue-require-component-key"
      },
      "@cometjs/eslint-plugin": {
        repository: "https://github.com/cometkim/cometjs"
      },
      "@compas/eslint-plugin": {
        repository: "https://github.com/compasjs/compas"
      },
      "@compass-aiden/eslint-plugin": {
        repository: "https://github.com/Aiden-FE/compass-eslint"
      },
      "@compiled/eslint-plugin": {
        repository: "https://github.com/atlassian-labs/compiled"
      },
      "@coorpacademy/eslint-plugin-coorpacademy": {
        repository: "https://github.com/CoorpAcademy/eslint-plugin-coorpacademy"
      },
      "@copyist/eslint-plugin": {
        repository: "https://github.com/ooooevan/copyist"
      },
      "@corbinu/eslint-plugin-typescript": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@corefw/eslint-plugin-corefw": {
        repository: "https://github.com/corefw/core-eslint-plugin-corefw"
      },
      "@creuna/eslint-plugin-prop-types-csharp": {
        repository: "https://github.com/Creuna-Oslo/eslint-plugin-prop-types-csharp"
      },
      "@crishellco/eslint-plugin": {
        repository: "https://github.com/crishellco/eslint-plugin"
      },
      "@croct/eslint-plugin": {
        repository: "https://github.com/croct-tech/coding-standard-js"
      },
      "@croutonn/eslint-plugin": {
        repository: "https://github.com/croutonn/eslint-plugin"
      },
      "@cspell/eslint-plugin": {
        repository: "https://github.com/streetsidesoftware/cspell"
      },
      "@cypress/eslint-plugin-dev": {
        repository: "https://github.com/cypress-io/cypress"
      },
      "@cypress/eslint-plugin-json": {
        repository: "https://github.com/cypress-io/eslint-plugin-json"
      },
      "@d-hussar/eslint-plugin": {
        repository: "https://github.com/d-hussar/eslint-plugin"
      },
      "@d0whc3r/eslint-plugin-stencil": {
        repository: "https://github.com/d0whc3r/stencil-eslint"
      },
      "@d3banking/eslint-plugin": {
        repository: "https://github.com/LodoSoftware/javascript-style-guide"
      },
      "@danifoldi/eslint-plugin-eslint-presets": {
        repository: "https://github.com/DaniFoldi/linters"
      },
      "@darkobits/eslint-plugin": {
        repository: "https://github.com/darkobits/eslint-plugin"
      },
      "@darraghor/eslint-plugin-nestjs-typed": {
        repository: "https://github.com/darraghoriordan/eslint-plugin-nestjs-typed"
      },
      "@dbenfouzari/eslint-plugin-i18n": {
        repository: "https://github.com/dbenfouzari/packages"
      },
      "@dbenfouzari/eslint-plugin-react-native": {
        repository: "https://github.com/dbenfouzari/eslint-plugin-react-native"
      },
      "@dekode/eslint-plugin": {
        repository: "https://github.com/DekodeInteraktiv/coding-standards"
      },
      "@delagen/eslint-plugin-deprecation": {
        repository: "https://github.com/delagen/eslint-plugin-deprecation"
      },
      "@demands/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@denis-sokolov/eslint-plugin": {
        repository: "https://github.com/denis-sokolov/eslint-plugin"
      },
      "@devahn/eslint-plugin-compat": {
        repository: "https://github.com/panda0603/eslint-plugin-compat-mod"
      },
      "@devil7softwares/eslint-plugin-axios-swagger": {
        repository: "https://github.com/Devil7-Softwares/eslint-plugin-axios-swagger"
      },
      "@devinrhode2/eslint-plugin-node": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "@devsisters/eslint-plugin-web": {
        repository: "https://github.com/devsisters/web-packages"
      },
      "@dhmk/eslint-plugin-atom": {
        repository: "https://github.com/dhmk083/dhmk-eslint-plugin-atom"
      },
      "@dimensiondev/eslint-plugin": {
        repository: "https://github.com/DimensionDev/eslint-plugin"
      },
      "@divyagnan/eslint-plugin-inline-styles": {
        repository: "https://github.com/divyagnan/eslint-plugin-inline-styles"
      },
      "@docusaurus/eslint-plugin": {
        repository: "https://github.com/facebook/docusaurus"
      },
      "@doochik/eslint-plugin-location": {
        repository: "https://github.com/doochik/eslint-plugin-location"
      },
      "@doodad-js/eslint-plugin-doodad": {
        repository: "https://github.com/doodadjs/eslint-plugin-doodad"
      },
      "@dr.potapoff/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@dreipol/eslint-plugin-export-keys": {
        repository: "https://github.com/dreipol/eslint-plugin-export-keys"
      },
      "@dword-design/eslint-plugin-import-alias": {
        repository: "https://github.com/dword-design/eslint-plugin-import-alias"
      },
      "@einride/eslint-plugin": {
        repository: "https://github.com/einride/eslint-plugin"
      },
      "@ejhammond/eslint-plugin": {
        repository: "https://github.com/ejhammond/eslint-plugin-ejhammond"
      },
      "@eladavron/eslint-plugin-jinja": {
        repository: "https://github.com/eladavron/eslint-plugin-jinja"
      },
      "@elastic/eslint-plugin-eui": {
        repository: "https://github.com/elastic/eui"
      },
      "@elastic/eslint-plugin-kibana-custom": {
        repository: "https://github.com/elastic/kibana"
      },
      "@elastic/eslint-plugin-react-intl": {
        repository: "https://github.com/elastic/eslint-plugin-react-intl"
      },
      "@elementor/eslint-plugin-editor": {
        repository: "https://github.com/elementor/elementor-editor-packages"
      },
      "@elementor/eslint-plugin-elementor": {
        repository: "https://github.com/elementor/elementor-editor-packages"
      },
      "@elfin-fe/eslint-plugin-elfin": {
        repository: "https://github.com/elfinFE/elfin-convention"
      },
      "@elfinct/eslint-plugin-elfin": {
        repository: "https://github.com/elfinFE/elfin-convention"
      },
      "@elux/eslint-plugin": {
        repository: "https://github.com/hiisea/elux/tree/master"
      },
      "@elyby/eslint-plugin": {
        repository: "https://github.com/elyby/eslint-config"
      },
      "@emotion/eslint-plugin": {
        repository: "https://github.com/emotion-js/emotion"
      },
      "@empathyco/eslint-plugin-x": {
        repository: "https://github.com/empathyco/x"
      },
      "@emrys-myrddin/eslint-plugin": {
        repository: "https://github.com/dotansimha/graphql-eslint"
      },
      "@endpass/eslint-plugin-endpass": {
        repository: "https://github.com/endpass/endpass-core"
      },
      "@episerver/eslint-plugin-cms": {
        repository: "https://github.com/seriema/eslint-plugin-episerver-cms"
      },
      "@essex/eslint-plugin": {
        repository: "https://github.com/microsoft/essex-alpha-build-infra"
      },
      "@euberdeveloper/eslint-plugin": {
        repository: "https://github.com/euberdeveloper/eslint-plugin"
      },
      "@euberdeveloper/eslint-plugin-slim": {
        repository: "https://github.com/euberdeveloper/eslint-plugin"
      },
      "@evojs/eslint-plugin": {
        repository: "https://github.com/evotool/js-eslint-plugin"
      },
      "@ezcater/eslint-plugin-recipe": {
        repository: "https://github.com/ezcater/recipe"
      },
      "@fable/eslint-plugin-implicit-dependencies": {
        repository: "https://github.com/fablestudios/eslint-plugin-implicit-dependencies"
      },
      "@fabriece/eslint-plugin-react-typescript": {
        repository: "https://github.com/sfabriece/eslint-plugin-react-typescript"
      },
      "@fasttime/eslint-plugin": {
        repository: "https://github.com/fasttime/eslint-plugin"
      },
      "@feature-driven/eslint-plugin": {
        repository: "https://github.com/feature-driven/eslint-config"
      },
      "@feature-sliced/eslint-plugin-messages": {
        repository: "https://github.com/feature-sliced/eslint-config"
      },
      "@fellow/eslint-plugin-coffee": {
        repository: "https://github.com/aminland/eslint-plugin-coffee"
      },
      "@fengyinchao/eslint-plugin-custom": {
        repository: "https://github.com/fengyinchao/eslint-plugin-custom"
      },
      "@ferocia-oss/eslint-plugin": {
        repository: "https://github.com/ferocia/eslint-plugin"
      },
      "@fezvrasta/eslint-plugin-no-iife": {
        repository: "https://github.com/FezVrasta/eslint-plugin-no-iife"
      },
      "@fictiv/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@fingerartur/eslint-plugin-import": {
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "@finos/eslint-plugin-legend-studio": {
        repository: "https://github.com/finos/legend-studio"
      },
      "@fintechstudios/eslint-plugin-chai-as-promised": {
        repository: "https://github.com/fintechstudios/eslint-plugin-chai-as-promised"
      },
      "@flowio/eslint-plugin-flowio": {
        repository: "https://github.com/flowcommerce/eslint-plugin-flowio"
      },
      "@floydspace/eslint-plugin-rules": {
        repository: "https://github.com/floydspace/eslint-plugin-rules"
      },
      "@fltri/eslint-plugin-local-rules": {
        repository: "https://github.com/idaho/fltri-eslint-plugin-local-rules"
      },
      "@fluentui/eslint-plugin": {
        repository: "https://github.com/microsoft/fluentui"
      },
      "@fluentwind/eslint-plugin-vue-i18n": {
        repository: "https://github.com/fluentwind/eslint-plugin-vue-i18n"
      },
      "@flycode-org/eslint-plugin-react-i18next": {
        repository: "https://github.com/flycode-org/eslint-plugin-react-i18next"
      },
      "@forxtu/eslint-plugin-react-native-a11y": {
        repository: "https://github.com/forxtu/fx2-eslint-plugin-react-native-a11y"
      },
      "@foxglove/eslint-plugin": {
        repository: "https://github.com/foxglove/eslint-plugin"
      },
      "@frogeducation/eslint-plugin-jquery-compat": {
        repository: "https://github.com/frogeducation/eslint-plugin-jquery-compat"
      },
      "@frux/eslint-plugin": {
        repository: "https://github.com/frux/dotfiles"
      },
      "@fuelrats/eslint-plugin": {
        repository: "https://github.com/FuelRats/eslint-config-fuelrats"
      },
      "@funboxteam/eslint-plugin-no-only-tests": {
        repository: "https://github.com/funbox/eslint-plugin-no-only-tests"
      },
      "@fundingoptions/eslint-plugin-funding-options": {
        repository: "https://github.com/FundingOptions/eslint-plugin-funding-options"
      },
      "@furugomu/eslint-plugin": {
        repository: "https://github.com/furugomu/eslint-plugin"
      },
      "@fuzeman/eslint-plugin-import": {
        repository: "https://github.com/fuzeman/eslint-plugin-import"
      },
      "@fz6m/eslint-plugin-sakina": {
        repository: "https://github.com/xn-sakina/eslint-plugin-sakina"
      },
      "@gamechanger/eslint-plugin": {
        repository: "https://github.com/gamechanger/lint"
      },
      "@geekie/eslint-plugin": {
        repository: "https://github.com/geekie/eslint-plugin"
      },
      "@genus-machina/eslint-plugin-node": {
        repository: "https://github.com/genus-machina/eslint-plugin-node"
      },
      "@getify/eslint-plugin-proper-arrows": {
        repository: "https://github.com/getify/eslint-plugin-proper-arrows"
      },
      "@getify/eslint-plugin-proper-ternary": {
        repository: "https://github.com/getify/eslint-plugin-proper-ternary"
      },
      "@getstation/eslint-plugin-markdown": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "@glimmerx/eslint-plugin": {
        repository: "https://github.com/glimmerjs/glimmer-experimental"
      },
      "@godaddy/eslint-plugin-react-intl": {
        repository: "https://github.com/godaddy/eslint-plugin-react-intl"
      },
      "@gomarky/eslint-plugin-no-const-enum": {
        repository: "https://github.com/GoMarky/eslint-no-const-enum"
      },
      "@goodforonefare/eslint-plugin-shopify": {
        repository: "https://github.com/Shopify/eslint-plugin-shopify"
      },
      "@graphql-eslint/eslint-plugin": {
        repository: "https://github.com/B2o5T/graphql-eslint"
      },
      "@gravitywelluk/eslint-plugin": {
        repository: "https://github.com/GravitywellUK/eslint-plugin"
      },
      "@gravitywelluk/eslint-plugin-test": {
        repository: "https://github.com/GravitywellUK/eslint-plugin"
      },
      "@greguintow/eslint-plugin-nestjs-typed": {
        repository: "https://github.com/greguintow/eslint-plugin-nestjs-typed"
      },
      "@griffel/eslint-plugin": {
        repository: "https://github.com/microsoft/griffel"
      },
      "@grncdr/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@guardian/eslint-plugin-source-foundations": {
        repository: "https://github.com/guardian/source"
      },
      "@guardian/eslint-plugin-source-react-components": {
        repository: "https://github.com/guardian/source"
      },
      "@h4iuiuc/eslint-plugin": {
        repository: "https://github.com/hack4impact-uiuc/eslint-plugin"
      },
      "@hack4impact-uiuc/eslint-plugin": {
        repository: "https://github.com/hack4impact-uiuc/eslint-plugin"
      },
      "@hallettj/eslint-plugin-ts-graphql": {
        repository: "https://github.com/Originate/eslint-plugin-ts-graphql"
      },
      "@hannoeru/eslint-plugin": {
        repository: "https://github.com/hannoeru/eslint-config"
      },
      "@hapi/eslint-plugin": {
        repository: "https://github.com/hapijs/eslint-plugin"
      },
      "@hd-ui/eslint-plugin-hd-ui": {
        repository: "https://github.com/hd-ui/hd-ui"
      },
      "@hh.ru/eslint-plugin-import-rules": {
        repository: "https://github.com/hhru/eslint-plugin-import-rules"
      },
      "@hi18n/eslint-plugin": {
        repository: "https://github.com/wantedly/hi18n"
      },
      "@hirasaki/eslint-plugin-coding-rules": {
        repository: "https://github.com/hirasaki1985/eslint-plugin-coding-rules"
      },
      "@hn-ui/eslint-plugin-hn-ui": {
        repository: "https://github.com/hn-ui/hn-ui"
      },
      "@homer0/eslint-plugin": {
        repository: "https://github.com/homer0/packages"
      },
      "@hrax/eslint-plugin-now-best-practices": {
        repository: "https://github.com/hrax/eslint-plugin-now-best-practices"
      },
      "@html-eslint/eslint-plugin": {
        repository: "https://github.com/yeonjuan/html-eslint"
      },
      "@hypnosphi/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@hypnosphi/eslint-plugin-react": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "@iameax/eslint-plugin": {
        repository: "https://github.com/iameax/eslint-plugin-code-style"
      },
      "@iameax/eslint-plugin-code-style": {
        repository: "https://github.com/iameax/eslint-plugin-code-style"
      },
      "@iamstarkov/eslint-plugin-require-path-exists": {
        repository: "https://github.com/BohdanTkachenko/eslint-plugin-require-path-exists"
      },
      "@ianwremmel/eslint-plugin-ianwremmel": {
        repository: "https://github.com/ianwremmel/eslint-plugin-ianwremmel"
      },
      "@igneel64/eslint-plugin-dangerous": {
        repository: "https://github.com/igneel64/eslint-plugin-dangerous"
      },
      "@int-component/eslint-plugin-vue-require-id-attr": {
        repository: "https://github.com/linkerGitHub/eslint-plugin-vue-require-id-attr"
      },
      "@interactive-solutions/eslint-plugin-eslint-react": {
        repository: "https://github.com/interactive-solutions/interactive-solutions-mono"
      },
      "@intlify/eslint-plugin-svelte": {
        repository: "https://github.com/intlify/eslint-plugin-svelte"
      },
      "@intlify/eslint-plugin-vue-i18n": {
        repository: "https://github.com/intlify/eslint-plugin-vue-i18n"
      },
      "@itgenio/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@itwin/eslint-plugin": {
        repository: "https://github.com/iTwin/itwinjs-core"
      },
      "@jakzo/eslint-plugin": {
        repository: "https://github.com/jakzo/things"
      },
      "@jamashita/eslint-plugin": {
        repository: "https://github.com/jamashita/eslint-plugin"
      },
      "@jambit/eslint-plugin-typed-redux-saga": {
        repository: "https://github.com/jambit/eslint-plugin-typed-redux-saga"
      },
      "@jankuca/eslint-plugin-react-usecallback": {
        repository: "https://github.com/jankuca/eslint-plugin-react-usecallback"
      },
      "@jaredmcateer/eslint-plugin-shouldjs": {
        repository: "https://github.com/jaredmcateer/eslint-plugin-shouldjs"
      },
      "@jdb8/eslint-plugin-monorepo": {
        repository: "https://github.com/jdb8/eslint-plugin-monorepo"
      },
      "@jetbrains/eslint-plugin-angular": {
        repository: "https://github.com/Gillespie59/eslint-plugin-angularjs"
      },
      "@jl917/eslint-plugin-jl": {
        repository: "https://github.com/jl917/eslint-plugin-jl"
      },
      "@joshbcondie/eslint-plugin": {
        repository: "https://github.com/joshbcondie/eslint-plugin"
      },
      "@joyeecheung/eslint-plugin-node-core": {
        repository: "https://github.com/joyeecheung/eslint-plugin-node-core"
      },
      "@jsx-lite/eslint-plugin": {
        repository: "https://github.com/BuilderIO/jsx-lite"
      },
      "@jupyterlab/eslint-plugin-jinja": {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      "@kablamo/eslint-plugin": {
        repository: "https://github.com/KablamoOSS/kerosene"
      },
      "@kaciras/eslint-plugin": {
        repository: "https://github.com/Kaciras/eslint-config-kaciras"
      },
      "@kapouer/eslint-plugin-no-return-in-loop": {
        repository: "https://github.com/kapouer/eslint-plugin-no-return-in-loop"
      },
      "@kargotech/eslint-plugin-internal": {
        repository: "https://github.com/kargotech/web-project-configs"
      },
      "@katoid/eslint-plugin": {
        repository: "https://github.com/katoid/eslint"
      },
      "@kejistan/eslint-plugin-relay": {
        repository: "https://github.com/kejistan/eslint-plugin-relay"
      },
      "@kentcdodds/eslint-plugin-react": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "@kfed/eslint-plugin-i18n": {
        repository: "https://github.com/Kyr/eslint-plugin-i18n"
      },
      "@khanacademy/eslint-plugin": {
        repository: "https://github.com/Khan/eslint-plugin-khan"
      },
      "@kiwi/eslint-plugin": {
        repository: "https://github.com/kaisermann/kiwi"
      },
      "@kmdavis/eslint-plugin-sort-imports": {
        repository: "https://github.com/kmdavis/eslint-plugin-sort-imports"
      },
      "@kollabit/eslint-plugin": {
        repository: "https://github.com/ionic-team/stencil-eslint"
      },
      "@kraftr/eslint-plugin": {
        repository: "https://github.com/kraftrio/kraftr"
      },
      "@kraftvaerk/eslint-plugin-guidelines": {
        repository: "https://github.com/kraftvaerk/eslint-plugin-guidelines"
      },
      "@ksjogo/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@kunlunjs/eslint-plugin": {
        repository: "https://github.com/turing-fe/kunlun-eslint-plugin"
      },
      "@kusotenpa/eslint-plugin": {
        repository: "https://github.com/kusotenpa/eslint-plugin"
      },
      "@kyleshevlin/eslint-plugin": {
        repository: "https://github.com/kyleshevlin/eslint-plugin"
      },
      "@kzmat/eslint-plugin-commentout": {
        repository: "https://github.com/kzmat/eslint-plugin-commentout"
      },
      "@layout-css/eslint-plugin-styled-components": {
        repository: "https://github.com/studiosciences/layout-css"
      },
      "@lbwa/eslint-plugin": {
        repository: "https://github.com/lbwa/eslint-plugin"
      },
      "@lcooper/eslint-plugin": {
        repository: "https://github.com/luciancooper/eslint-configs"
      },
      "@lewisl9029/eslint-plugin-react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "@lewisl9029/eslint-plugin-react-hooks-for-react-anonymous": {
        repository: "https://github.com/facebook/react"
      },
      "@lifeomic/eslint-plugin-frontend": {
        repository: "https://github.com/lifeomic/eslint-plugin-frontend"
      },
      "@lifeomic/eslint-plugin-i18next": {
        repository: "https://github.com/lifeomic/eslint-plugin-i18next"
      },
      "@lifeomic/eslint-plugin-node": {
        repository: "https://github.com/lifeomic/eslint-plugin-node"
      },
      "@liferay/eslint-plugin": {
        repository: "https://github.com/liferay/liferay-frontend-projects"
      },
      "@lights-on-io/eslint-plugin": {
        repository: "https://github.com/lights-on-io/oss"
      },
      "@lightscript/eslint-plugin": {
        repository: "https://github.com/wcjohnson/lightscript-eslint"
      },
      "@limegrass/eslint-plugin-import-alias": {
        repository: "https://github.com/Limegrass/eslint-plugin-import-alias"
      },
      "@lint-md/eslint-plugin": {
        repository: "https://github.com/lint-md/eslint-plugin"
      },
      "@lint-ts-index/eslint-plugin": {
        repository: "https://github.com/bbenoist/lint-ts-index"
      },
      "@logicalhq/eslint-plugin": {
        repository: "https://github.com/logicalhq/eslint-plugin"
      },
      "@logicsoftware/eslint-plugin-ep-custom": {
        repository: "https://github.com/LogicSoftware/eslint-plugin-ep-custom"
      },
      "@lokalise/eslint-plugin": {
        repository: "https://github.com/lokalise/eslint-plugin"
      },
      "@ludus/eslint-plugin": {
        repository: "https://github.com/kredati/ludus"
      },
      "@luma-dev/eslint-plugin-svelte3": {
        repository: "https://github.com/luma-dev/luma-style-guide"
      },
      "@lwc/eslint-plugin-lwc": {
        repository: "https://github.com/salesforce/eslint-plugin-lwc"
      },
      "@m6web/eslint-plugin-i18n": {
        repository: "https://github.com/M6Web/eslint-plugin-m6web-i18n"
      },
      "@maccuaa/eslint-plugin-i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      "@magicspace/eslint-plugin": {
        repository: "https://github.com/makeflow/magicspace"
      },
      "@manu-xav/eslint-plugin-prettier-vue": {
        repository: "https://github.com/meteorlxy/eslint-plugin-prettier-vue"
      },
      "@manuth/eslint-plugin-typescript": {
        repository: "https://github.com/manuth/ESLintPresets"
      },
      "@mapbox/eslint-plugin-script-tags": {
        repository: "https://github.com/mapbox/eslint-plugin-script-tags"
      },
      "@mapbox/eslint-plugin-stickler": {
        repository: "https://github.com/mapbox/stickler"
      },
      "@mariosetenal/eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "@marudor/eslint-plugin-header": {
        repository: "https://github.com/Stuk/eslint-plugin-header"
      },
      "@materya/eslint-plugin": {
        repository: "https://github.com/materya/eslint-config"
      },
      "@matsgottenbos/eslint-plugin-import-alias": {
        repository: "https://github.com/matsgottenbos/eslint-plugin-import-alias"
      },
      "@max-revops/eslint-plugin-testing-library": {
        repository: "https://github.com/max-revops/eslint-plugin-testing-library"
      },
      "@max-revops/eslint-plugin-testing-library-revops": {
        repository: "https://github.com/max-revops/eslint-plugin-testing-library-revops"
      },
      "@medflyt/eslint-plugin-graphql-type-checker": {
        repository: "https://github.com/MedFlyt/eslint-plugin-graphql-type-checker"
      },
      "@medux/eslint-plugin-recommended": {
        repository: "https://github.com/wooline/medux"
      },
      "@mesteche/eslint-plugin-neat-ternaries": {
        repository: "https://github.com/mesteche/eslint-plugin-ternary"
      },
      "@michaeljaltamirano/eslint-plugin": {
        repository: "https://github.com/michaeljaltamirano/eslint-plugin"
      },
      "@michaelkramer/eslint-plugin-facepalm": {
        repository: "https://github.com/michaelkramer/eslint-plugin-facepalm"
      },
      "@microsoft/eslint-plugin-sdl": {
        repository: "https://github.com/microsoft/eslint-plugin-sdl"
      },
      "@minar-kotonoha/eslint-plugin-react-directives": {
        repository: "https://github.com/chengzhuo5/eslint-plugin-react-directives"
      },
      "@mizdra/eslint-plugin-layout-shift": {
        repository: "https://github.com/mizdra/eslint-plugin-layout-shift"
      },
      "@mkusaka/eslint-plugin-prefer-type-annotate": {
        repository: "https://github.com/mkusaka/eslint-plugin-prefer-type-annotate"
      },
      "@mll-lab/eslint-plugin": {
        repository: "https://github.com/mll-lab/eslint-plugin"
      },
      "@moneteam/eslint-plugin-nestjs": {
        repository: "https://github.com/NarHakobyan/eslint-plugin-nestjs"
      },
      "@moneyforward/code-review-action-eslint-plugin": {
        repository: "https://github.com/moneyforward/eslint-action"
      },
      "@mongodb-js/eslint-plugin-compass": {
        repository: "https://github.com/mongodb-js/compass"
      },
      "@mparticle/eslint-plugin": {
        repository: "https://github.com/mparticle/eslint-plugin"
      },
      "@mpxjs/eslint-plugin-mpx": {
        repository: "https://github.com/mpx-ecology/eslint-plugin-mpx"
      },
      "@mufan/eslint-plugin": {
        repository: "https://github.com/makeflow/mufan-code"
      },
      "@mysticatea/eslint-plugin": {
        repository: "https://github.com/mysticatea/eslint-plugin"
      },
      "@mysticatea/eslint-plugin-vue": {
        repository: "https://github.com/mysticatea/eslint-plugin-vue-trial"
      },
      "@nacho008/eslint-plugin-dynamic-media-children": {
        repository: "https://github.com/nacho008/eslint-plugin-dynamic-media-children"
      },
      "@naturacosmeticos/eslint-plugin-i18n-checker": {
        repository: "https://github.com/natura-cosmeticos/eslint-plugin-i18n-checker"
      },
      "@nbsolutions/eslint-plugin": {
        repository: "https://github.com/nbsolutions-ca/eslint-plugin"
      },
      "@neatfreak/eslint-plugin": {
        repository: "https://github.com/freakyneat/neatfreak"
      },
      "@netless/eslint-plugin": {
        repository: "https://github.com/netless-io/eslint-plugin"
      },
      "@netless/eslint-plugin-netless": {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "@netsells/eslint-plugin-require-jsdoc-except": {
        repository: "https://github.com/netsells/eslint-plugin-require-jsdoc-except"
      },
      "@newrelic/eslint-plugin-newrelic": {
        repository: "https://github.com/NewRelic/eslint-plugin-newrelic"
      },
      "@next/eslint-plugin-next": {
        repository: "https://github.com/vercel/next.js"
      },
      "@nextcloud/eslint-plugin": {
        repository: "https://github.com/nextcloud/eslint-plugin"
      },
      "@nextnextools/nextools-eslint-plugin": {
        repository: "https://github.com/nextnextools/metarepo"
      },
      "@nexxtway/eslint-plugin-rainbow": {
        repository: "https://github.com/nexxtway/eslint-plugin-rainbow"
      },
      "@ngbasics/eslint-plugin": {
        repository: "https://github.com/fruchtzwerg/ngbasics"
      },
      "@ngneat/eslint-plugin-reactive-forms": {
        repository: "https://github.com/ngneat/reactive-forms"
      },
      "@nice-move/eslint-plugin-html": {
        repository: "https://github.com/nice-move/eslint-plugin-html"
      },
      "@nisje/eslint-plugin": {
        repository: "https://github.com/nisje/styleguide-javascript"
      },
      "@nlib/eslint-plugin": {
        repository: "https://github.com/nlibjs/eslint-plugin"
      },
      "@nod/eslint-plugin-nod": {
        repository: "https://github.com/NOD-studios/eslint-plugin-nod"
      },
      "@notarize/eslint-plugin-react-intl-ensure": {
        repository: "https://github.com/notarize/eslint-plugin-react-intl-ensure"
      },
      "@novemberborn/eslint-plugin-as-i-preach": {
        repository: "https://github.com/novemberborn/as-i-preach"
      },
      "@nozbe/eslint-plugin-nozbe": {
        repository: "https://github.com/Nozbe/eslint-plugin-nozbe"
      },
      "@nrwl/eslint-plugin-nx": {
        repository: "https://github.com/nrwl/nx"
      },
      "@numso/eslint-plugin-import": {
        repository: "https://github.com/numso/eslint-plugin-import"
      },
      "@octogonz/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@olsonpm/eslint-plugin-import": {
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "@onekeyfe/eslint-plugin-literal-blacklist": {
        repository: "https://github.com/OneKeyHQ/literal-blacklist"
      },
      "@opencreek/eslint-plugin-nextjs": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@opencreek/eslint-plugin-storybook": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@opencreek/eslint-plugin-ts": {
        repository: "https://github.com/opencreek/eslint-plugin-ts"
      },
      "@openlayers/eslint-plugin": {
        repository: "https://github.com/openlayers/eslint-plugin"
      },
      "@operation_code/eslint-plugin-custom-rules": {
        repository: "https://github.com/operationcode/configs"
      },
      "@originate/eslint-plugin-ts-graphql": {
        repository: "https://github.com/Originate/eslint-plugin-ts-graphql"
      },
      "@orzechowskid/eslint-plugin-typelint": {
        repository: "https://github.com/orzechowskid/eslint-plugin-typelint"
      },
      "@ota-meshi/eslint-plugin": {
        repository: "https://github.com/ota-meshi/eslint-plugin"
      },
      "@ota-meshi/eslint-plugin-svelte": {
        repository: "https://github.com/ota-meshi/eslint-plugin-svelte"
      },
      "@ottofeller/eslint-plugin-ottofeller": {
        repository: "https://github.com/ottofeller/eslint-plugin-ottofeller"
      },
      "@pathscale/eslint-plugin-vue3": {
        repository: "https://github.com/pathscale/eslint-plugin-vue3"
      },
      "@paztis/eslint-plugin-import": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "@pdq/eslint-plugin-pdq": {
        repository: "https://github.com/pdq/eslint-plugin-pdq"
      },
      "@peeky/eslint-plugin": {
        repository: "https://github.com/Akryum/peeky"
      },
      "@percolate/eslint-plugin": {
        repository: "https://github.com/percolate/blend"
      },
      "@pgilad/eslint-plugin-react-redux": {
        repository: "https://github.com/pgilad/eslint-plugin-react-redux"
      },
      "@phaphoso/eslint-plugin-dprint": {
        repository: "https://github.com/mysticatea/eslint-plugin-dprint"
      },
      "@phryg1an/eslint-plugin-strict": {
        repository: "https://github.com/fokye/eslint-plugin-strict"
      },
      "@pixellot/eslint-plugin": {
        repository: "https://github.com/Pixellot/eslint-plugin-pixellot"
      },
      "@pob/use-eslint-plugin": {
        repository: "https://github.com/christophehurpeau/eslint-config-pob"
      },
      "@pongo-ui/eslint-plugin": {
        repository: "https://github.com/PongoAI/pongo-ui"
      },
      "@poool/eslint-plugin": {
        repository: "https://github.com/p3ol/eslint-config"
      },
      "@prodo-ai/eslint-plugin": {
        repository: "https://github.com/prodo-ai/eslint-plugin-prodo"
      },
      "@prodo-ai/eslint-plugin-prodo": {
        repository: "https://github.com/prodo-ai/eslint-plugin-prodo"
      },
      "@prodo/eslint-plugin": {
        repository: "https://github.com/prodo-ai/prodo"
      },
      "@profi.co/eslint-plugin": {
        repository: "https://github.com/profico/eslint-plugin-profico"
      },
      "@projectsophon/eslint-plugin-typescript-enum": {
        repository: "https://github.com/projectsophon/eslint-plugin-typescript-enum"
      },
      "@propelinc/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@public-js/eslint-plugin-node": {
        repository: "https://github.com/public-js/eslint-plugin-node"
      },
      "@public-js/eslint-plugin-react-native": {
        repository: "https://github.com/public-js/eslint-plugin-react-native"
      },
      "@qhlab/eslint-plugin": {
        repository: "https://github.com/QhlabTeam/qhlab-eslint-plugin"
      },
      "@qooxdoo/eslint-plugin-qx": {
        repository: "https://github.com/qooxdoo/eslint-plugin-qx"
      },
      "@quero/eslint-plugin-vue": {
        repository: "https://github.com/quero-edu/guidelines"
      },
      "@ranwawa/eslint-plugin": {
        repository: "https://github.com/ranwawa/configurations"
      },
      "@react-native-community/eslint-plugin": {
        repository: "https://github.com/facebook/react-native"
      },
      "@react-native/eslint-plugin-specs": {
        repository: "https://github.com/facebook/react-native"
      },
      "@redguy12/eslint-plugin": {
        repository: "https://github.com/RedGuy12/configs"
      },
      "@redwoodjs/eslint-plugin-redwood": {
        repository: "https://github.com/redwoodjs/redwood"
      },
      "@reflektor/eslint-plugin-react": {
        repository: "https://github.com/reflektor-digital-inc/eslint-plugin-react"
      },
      "@reflektor/eslint-plugin-vue": {
        repository: "https://github.com/reflektor-digital-inc/eslint-plugin-vue"
      },
      "@reggev/eslint-plugin-it-should-be-skipped": {
        repository: "https://github.com/reggev/it-should-be-skipped"
      },
      "@regru/eslint-plugin-jquery-dollar-sign-reference": {
        repository: "https://github.com/regru/eslint-plugin-jquery-dollar-sign-reference"
      },
      "@regru/eslint-plugin-one-var": {
        repository: "https://github.com/regru/eslint-plugin-one-var"
      },
      "@regru/eslint-plugin-prefer-early-return": {
        repository: "https://github.com/regru/eslint-plugin-prefer-early-return"
      },
      "@rensovargas/eslint-plugin-riot": {
        repository: "https://github.com/rensovargas/eslint-plugin-riot"
      },
      "@repo-tooling/eslint-plugin-dprint": {
        repository: "https://github.com/repo-tooling/eslint"
      },
      "@reverecre/eslint-plugin-relay": {
        repository: "https://github.com/relayjs/eslint-plugin-relay"
      },
      "@revved/eslint-plugin-immutable": {
        repository: "https://github.com/jhusain/eslint-plugin-immutable"
      },
      "@rhangai/eslint-plugin": {
        repository: "https://github.com/rhangai/config"
      },
      "@ridedott/eslint-plugin": {
        repository: "https://github.com/ridedott/eslint-plugin"
      },
      "@rimac-technology/eslint-plugin": {
        repository: "https://github.com/RimacTechnology/eslint-plugin"
      },
      "@rinfel/eslint-plugin-unicorn": {
        repository: "https://github.com/rinfeldev/eslint-plugin-unicorn"
      },
      "@rjwadley/eslint-plugin-format-gsap": {
        repository: "https://github.com/RJWadley/eslint"
      },
      "@rnx-kit/eslint-plugin": {
        repository: "https://github.com/microsoft/rnx-kit"
      },
      "@roadmunk/eslint-plugin-roadmunk-custom": {
        repository: "https://github.com/Roadmunk/eslint-plugin-roadmunk"
      },
      "@rogach/eslint-plugin": {
        repository: "https://github.com/Rogach/rogach-eslint-plugin"
      },
      "@romeovs/eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "@roq/eslint-plugin": {
        repository: "https://github.com/roqtech/roq-linter"
      },
      "@rushplay/eslint-plugin-objects": {
        repository: "https://github.com/RushPlay/eslint-plugin-objects"
      },
      "@rushstack/eslint-plugin": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rushstack/eslint-plugin-packlets": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rushstack/eslint-plugin-security": {
        repository: "https://github.com/microsoft/rushstack"
      },
      "@rygine/eslint-plugin-import": {
        repository: "https://github.com/rygine/eslint-plugin-import"
      },
      "@saji/eslint-plugin-brace-rules": {
        repository: "https://github.com/marek-saji/eslint-plugin-brace-rules"
      },
      "@salesforce/eslint-plugin-aura": {
        repository: "https://github.com/forcedotcom/eslint-plugin-aura"
      },
      "@salesforce/eslint-plugin-lightning": {
        repository: "https://github.com/salesforce/eslint-plugin-lightning"
      },
      "@salesforce/eslint-plugin-visualforce": {
        repository: "https://github.com/forcedotcom/eslint-plugin-visualforce"
      },
      "@samual/eslint-plugin-hackmud2": {
        repository: "https://github.com/samualtnorman/eslint-plugin-hackmud2"
      },
      "@santie/eslint-plugin-scheme": {
        repository: "https://github.com/sieestaa/eslint-plugin-scheme"
      },
      "@satel/eslint-plugin": {
        repository: "https://github.com/SatelCreative/eslint-plugin"
      },
      "@sayari/eslint-plugin": {
        repository: "https://github.com/sayari-analytics/eslint-plugin-sayari"
      },
      "@scitotec/eslint-plugin-rules": {
        repository: "https://github.com/scitotec/eslint-plugin-scitotec-rules"
      },
      "@scorpionknifes/eslint-plugin-prettier-vue": {
        repository: "https://github.com/scorpionknifes/eslint-plugin-prettier-vue"
      },
      "@scottnonnenberg/eslint-plugin-thehelp": {
        repository: "https://github.com/scottnonnenberg/eslint-plugin-thehelp"
      },
      "@scrumble-nl/eslint-plugin-scrumble-rules": {
        repository: "https://github.com/scrumble-nl/eslint-plugin-scrumble-rules"
      },
      "@seatentacle/eslint-plugin": {
        repository: "https://github.com/seatentacle/eslint-plugin"
      },
      "@seedcompany/eslint-plugin": {
        repository: "https://github.com/seedcompany/eslint-plugin"
      },
      "@seiyab/eslint-plugin-react-hooks": {
        repository: "https://github.com/seiyab/react"
      },
      "@sentry-internal/eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "@sentry-murz/eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "@severi/eslint-plugin-sort-imports-es6-autofix": {
        repository: "https://github.com/schuchertmanagementberatung/eslint-plugin-sort-imports-es6-autofix"
      },
      "@sharegate/eslint-plugin-apricot": {
        repository: "https://github.com/gsoft-inc/sg-eslint-plugin-apricot"
      },
      "@sharkykh/eslint-plugin-vue-extra": {
        repository: "https://github.com/sharkykh/eslint-plugin-vue-extra"
      },
      "@shipwreck/eslint-plugin": {
        repository: "https://github.com/Bounty-Bay/shipwreck"
      },
      "@shopify/eslint-plugin": {
        repository: "https://github.com/Shopify/web-configs"
      },
      "@shopify/eslint-plugin-hydrogen": {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "@silverhand/eslint-plugin-fp": {
        repository: "https://github.com/silverhand-io/eslint-plugin-fp"
      },
      "@silvermine/eslint-plugin-silvermine": {
        repository: "https://github.com/silvermine/eslint-plugin-silvermine"
      },
      "@simplysm/eslint-plugin": {
        repository: "https://github.com/kslhunter/simplysm7"
      },
      "@sincronia/eslint-plugin": {
        repository: "https://github.com/nuvolo/sincronia"
      },
      "@singlestore/eslint-plugin-react-hooks-disable-import": {
        repository: "https://github.com/memsql/eslint-react-hooks-disable-import"
      },
      "@sinonjs/eslint-plugin-no-prototype-methods": {
        repository: "https://github.com/sinonjs/eslint-plugin-no-prototype-methods"
      },
      "@skylib/eslint-plugin": {
        repository: "https://github.com/ilyub/eslint-plugin"
      },
      "@softvisio/eslint-plugin": {
        repository: "https://github.com/softvisio/eslint-plugin"
      },
      "@sourcegraph/eslint-plugin-sourcegraph": {
        repository: "https://github.com/sourcegraph/codemod"
      },
      "@spalger/eslint-plugin-import": {
        repository: "https://github.com/spalger/eslint-plugin-import"
      },
      "@spotify/eslint-plugin": {
        repository: "https://github.com/spotify/web-scripts"
      },
      "@sprucelabs/eslint-plugin-spruce": {
        repository: "https://github.com/sprucelabsai/workspace.sprucebot-skills-kit"
      },
      "@starryinternet/eslint-plugin-starry": {
        repository: "https://github.com/StarryInternet/eslint-plugin-starry"
      },
      "@stayradiated/eslint-plugin-prefer-arrow-functions": {
        repository: "https://github.com/stayradiated/eslint-plugin-prefer-arrow-functions"
      },
      "@steadier/eslint-plugin-node": {
        repository: "https://github.com/tavoyne/steadier"
      },
      "@steadier/eslint-plugin-typescript": {
        repository: "https://github.com/tavoyne/steadier"
      },
      "@stencil/eslint-plugin": {
        repository: "https://github.com/ionic-team/stencil-eslint"
      },
      "@storipress/eslint-plugin-block": {
        repository: "https://github.com/storipress/eslint-plugin-block"
      },
      "@straits/eslint-plugin": {
        repository: "https://github.com/peoro/straits-eslint-plugin"
      },
      "@studysync/eslint-plugin-jsx-conditionals": {
        repository: "https://github.com/julianburr/eslint-plugin-jsx-conditionals"
      },
      "@studysync/eslint-plugin-material-ui": {
        repository: "https://github.com/dkadrios/eslint-plugin-material-ui"
      },
      "@studysync/eslint-plugin-persnickety": {
        repository: "https://github.com/dkadrios/eslint-plugin-persnickety"
      },
      "@superdispatch/eslint-plugin": {
        repository: "https://github.com/superdispatch/js-tools"
      },
      "@superdispatch/eslint-plugin-ui": {
        repository: "https://github.com/superdispatch/ui"
      },
      "@susisu/eslint-plugin-safe-typescript": {
        repository: "https://github.com/susisu/eslint-plugin-safe-typescript"
      },
      "@swarmion/eslint-plugin": {
        repository: "https://github.com/swarmion/swarmion"
      },
      "@swissquote/eslint-plugin-swissquote": {
        repository: "https://github.com/swissquote/crafty"
      },
      "@swrlab/eslint-plugin-swr": {
        repository: "https://github.com/swrlab/eslint-plugin-swr"
      },
      "@tablecheck/eslint-plugin": {
        repository: "https://github.com/tablecheck/tablecheck-react-system"
      },
      "@taccolaa/eslint-plugin-typeorm": {
        repository: "https://github.com/Polyconseil/eslint-plugin-typeorm"
      },
      "@tapsellorg/eslint-plugin": {
        repository: "https://github.com/tapsellorg/eslint-plugin"
      },
      "@taskade/eslint-plugin": {
        repository: "https://github.com/taskade/eslint"
      },
      "@teazn/eslint-plugin-teazn": {
        repository: "https://github.com/teazn/eslint-plugin-teazn"
      },
      "@technote-space/eslint-plugin-strict-dependencies": {
        repository: "https://github.com/technote-space/eslint-plugin-strict-dependencies"
      },
      "@theobassan/eslint-plugin": {
        repository: "https://github.com/theobassan/eslint-plugin"
      },
      "@therealklanni/eslint-plugin": {
        repository: "https://github.com/therealklanni/eslint"
      },
      "@thibaudcolas/eslint-plugin-cookbook": {
        repository: "https://github.com/thibaudcolas/eslint-plugin-cookbook"
      },
      "@thorborn/eslint-plugin": {
        repository: "https://github.com/thorborn-dev/web-configs"
      },
      "@thundercraft5/eslint-plugin": {
        repository: "https://github.com/thundercraft5/eslint-plugin"
      },
      "@tinkoff/eslint-plugin": {
        repository: "https://github.com/TinkoffCreditSystems/linters"
      },
      "@tinkoff/eslint-plugin-tramvai": {
        repository: "https://github.com/TinkoffCreditSystems/tramvai"
      },
      "@tinymce/eslint-plugin": {
        repository: "https://github.com/tinymce/eslint-plugin"
      },
      "@tivac/eslint-plugin-svelte": {
        repository: "https://github.com/tivac/eslint-plugin-svelte"
      },
      "@trevorblades/eslint-plugin": {
        repository: "https://github.com/trevorblades/eslint-plugin"
      },
      "@tripphamm/eslint-plugin": {
        repository: "https://github.com/tripphamm/eslint-plugin-tripphamm"
      },
      "@ts-gql/eslint-plugin": {
        repository: "https://github.com/Thinkmill/ts-gql"
      },
      "@twist/eslint-plugin-core": {
        repository: "https://github.com/adobe/eslint-plugin-twist"
      },
      "@tyankatsu0105/eslint-plugin": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin"
      },
      "@tyankatsu0105/eslint-plugin-with-typescript": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin-with-typescript"
      },
      "@typeofweb/eslint-plugin": {
        repository: "https://github.com/typeofweb/eslint-plugin"
      },
      "@types/eslint-plugin-markdown": {
        repository: "https://github.com/DefinitelyTyped/DefinitelyTyped"
      },
      "@types/eslint-plugin-prettier": {
        repository: "https://github.com/DefinitelyTyped/DefinitelyTyped"
      },
      "@typescript-eslint/eslint-plugin": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@typescript-eslint/eslint-plugin-tslint": {
        repository: "https://github.com/typescript-eslint/typescript-eslint"
      },
      "@ueno/eslint-plugin-internal": {
        repository: "https://github.com/ueno-llc/styleguide"
      },
      "@unemati/eslint-plugin-sort-imports": {
        repository: "https://github.com/unematiii/eslint-plugin-sort-imports"
      },
      "@untitled-engineer/eslint-plugin-lit-a11y": {
        repository: "https://github.com/open-wc/open-wc"
      },
      "@untitled-engineer/eslint-plugin-wc": {
        repository: "https://github.com/43081j/eslint-plugin-wc"
      },
      "@upleveled/eslint-plugin-upleveled": {
        repository: "https://github.com/upleveled/eslint-plugin-upleveled"
      },
      "@uwatch/eslint-plugin": {
        repository: "https://github.com/uwatch-live/eslint-plugin"
      },
      "@vanta-inc/eslint-plugin-vanta": {
        repository: "https://github.com/VantaInc/eslint-plugin-vanta"
      },
      "@versett/eslint-plugin-versett": {
        repository: "https://github.com/versett/eslint-plugin-versett"
      },
      "@vertical-made/eslint-plugin-no-arithmetic": {
        repository: "https://github.com/vertical-made/eslint-plugin-no-arithmetic"
      },
      "@vinsea/eslint-plugin-custom": {
        repository: "https://github.com/Vinsea/toolkit"
      },
      "@vovkasm/eslint-plugin-std": {
        repository: "https://github.com/vovkasm/eslint-plugin-std"
      },
      "@vtex/eslint-plugin-admin-ui": {
        repository: "https://github.com/vtex/admin-ui"
      },
      "@vue/eslint-plugin": {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "@waltari/eslint-plugin-ban-realm-spread": {
        repository: "https://github.com/Waltari10/eslint-plugin-ban-realm-spread"
      },
      "@washingtonpost/eslint-plugin-wpds": {
        repository: "https://github.com/washingtonpost/wpds-ui-kit"
      },
      "@web-bee-ru/eslint-plugin": {
        repository: "https://github.com/web-bee-ru/eslint-plugin"
      },
      "@web-configs/eslint-plugin": {
        repository: "https://github.com/thundermiracle/web-configs"
      },
      "@weex-project/eslint-plugin-weex-bundle": {
        repository: "https://github.com/Hanks10100/eslint-plugin-weex-bundle"
      },
      "@weiran.zsd/eslint-plugin-node": {
        repository: "https://github.com/weiran-zsd/eslint-plugin-node"
      },
      "@welldone-software/eslint-plugin": {
        repository: "https://github.com/welldone-software/eslint-plugin-welldone"
      },
      "@wikimedia/eslint-plugin-jquery": {
        repository: "https://github.com/wikimedia/eslint-plugin-jquery"
      },
      "@withbluedot/eslint-plugin-ghost": {
        repository: "https://github.com/TryGhost/eslint-plugin-ghost"
      },
      "@wogns3623/eslint-plugin-better-exhaustive-deps": {
        repository: "https://github.com/wogns3623/eslint-plugin-better-exhaustive-deps"
      },
      "@woocommerce/eslint-plugin": {
        repository: "https://github.com/woocommerce/woocommerce-admin"
      },
      "@wordpress/eslint-plugin": {
        repository: "https://github.com/WordPress/gutenberg"
      },
      "@xcritical/eslint-plugin-xcritical": {
        repository: "https://github.com/xcritical-software/xc-front-presets"
      },
      "@xianzhengquan/vite-eslint-plugin": {
        repository: "https://github.com/XianZhengquan/vite-plugin-eslint"
      },
      "@xtrctio/eslint-plugin-disallow-date": {
        repository: "https://github.com/xtrctio/eslint-plugin-disallow-date"
      },
      "@yolkai/eslint-plugin-nx": {
        repository: "https://github.com/nrwl/nx"
      },
      "@yonycalsin/eslint-plugin-import-sort": {
        repository: "https://github.com/yonycalsin/eslint-config"
      },
      "@younho9/eslint-plugin": {
        repository: "https://github.com/younho9/eslint-plugin"
      },
      "@z-brain/eslint-plugin-z-brain": {
        repository: "https://github.com/z-brain/eslint-plugin-z-brain"
      },
      "@zamiell/eslint-plugin-comment-length": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "@zhike/eslint-plugin": {
        repository: "https://github.com/zhike-team/eslint-plugin-zhike"
      },
      "@znemz/eslint-plugin-nem": {
        repository: "https://github.com/nmccready/eslint-plugin-nem"
      },
      "@zsoltszavo/eslint-plugin-import-lines": {
        repository: "https://github.com/zsoltszavo/eslint-plugin-import-lines"
      },
      "@zstark/eslint-plugin-zstark": {
        repository: "https://github.com/PinghuaZhuang/zstark"
      },
      abbyy: {
        repository: "https://github.com/jim-y/eslint-plugin-abbyy"
      },
      "absolute-imports": {
        repository: "https://github.com/jchen1/eslint-plugin-absolute-imports"
      },
      "absolute-imports-only": {
        repository: "https://github.com/fr0stf0x/eslint-plugin-absolute-imports"
      },
      "absolute-only": {
        repository: "https://github.com/jpwallace22/eslint-plugin-absolute-only"
      },
      actano: {
        repository: "https://github.com/actano/eslint-plugin-actano"
      },
      actions: {
        repository: "https://github.com/ylemkimon/eslint-plugin-actions"
      },
      actool: {
        repository: "https://github.com/actool/eslint-plugin-actool"
      },
      "ad-hok": {
        repository: "https://github.com/helixbass/eslint-plugin-ad-hok"
      },
      adeira: {
        repository: "https://github.com/adeira/universe"
      },
      adonis: {
        repository: "https://github.com/AdonisCommunity/eslint-plugin-adonis"
      },
      "adventure-land": {
        repository: "https://github.com/davidtimmons/eslint-plugin-adventure-land"
      },
      "agoda-compat": {
        repository: "https://github.com/amilajack/eslint-plugin-compat"
      },
      agpl: {
        repository: "https://github.com/ArekZc/eslint-plugin-agpl"
      },
      agree: {
        repository: "https://github.com/ast2018/eslint-plugin-agree"
      },
      "ahaha-miniprogram": {
        repository: "https://github.com/littleprincewdk/eslint-plugin-ahaha-miniprogram"
      },
      airbnb: {
        repository: "https://github.com/npm/security-holder"
      },
      "airbnb-base": {
        repository: "https://github.com/npm/security-holder"
      },
      "airbnb-react": {
        repository: "https://github.com/algesthesiah/eslint-plugin-airbnb-react"
      },
      airtight: {
        repository: "https://github.com/snyk/eslint-plugin-airtight"
      },
      ala: {
        repository: "https://github.com/alaameddeb/ESLint-plugin"
      },
      algolia: {
        repository: "https://github.com/algolia/eslint-plugin-algolia"
      },
      ali: {
        repository: "https://github.com/alibaba/f2e-spec"
      },
      "alias-paths": {
        repository: "https://github.com/mkusaka/eslint-plugin-alias-paths"
      },
      align: {
        repository: "https://github.com/akluball/eslint-plugin-align"
      },
      alint: {
        repository: "https://github.com/AlanFoster/eslint-plugin-alint"
      },
      alloy: {
        repository: "https://github.com/appcelerator/eslint-plugin-alloy"
      },
      alphabetize: {
        repository: "https://github.com/NickHeiner/eslint-plugin-alphabetize"
      },
      altair: {
        repository: "https://github.com/altairtv/eslint-plugin-altair"
      },
      always: {
        repository: "https://github.com/jenssimon/eslint-plugin-always"
      },
      "amd-imports": {
        repository: "https://github.com/jkieboom/eslint-plugin-amd-imports"
      },
      ami: {
        repository: "https://github.com/ami-team/eslint-plugin-ami"
      },
      "amphtml-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      analyze: {
        repository: "https://github.com/th317erd/eslint-plugin-analyze"
      },
      angular: {
        docs: "https://github.com/Gillespie59/eslint-plugin-angularjs/blob/master/docs/rules/",
        repository: "https://github.com/Gillespie59/eslint-plugin-angularjs"
      },
      "angular-data-test-id": {
        repository: "https://github.com/danielstevenberger/eslint-plugin-angular-data-test-id"
      },
      "angular-file-naming": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-angular-file-naming"
      },
      "angular-hobbicloud": {
        repository: "https://github.com/caglarcem/eslint-plugin-angular"
      },
      "angular-template-consistent-this": {
        repository: "https://github.com/jerone/eslint-plugin-angular-template-consistent-this"
      },
      angularjs: {
        repository: "https://github.com/sahibinden/eslint-plugin-angularjs"
      },
      ante: {
        repository: "https://github.com/twuni/eslint-plugin-ante"
      },
      "anti-trojan-source": {
        repository: "https://github.com/lirantal/eslint-plugin-anti-trojan-source"
      },
      antony: {
        repository: "https://github.com/antony1060/lint"
      },
      apa: {
        repository: "https://github.com/lekrans/eslint-plugin-apa"
      },
      "apklab-frida": {
        repository: "https://github.com/avast/eslint-plugin-apklab-frida"
      },
      appjson: {
        repository: "https://github.com/unfold/eslint-config-appjson"
      },
      aqsc: {
        repository: "https://github.com/qdhuadi/eslint-plugin-aqsc"
      },
      arcadia: {
        repository: "https://github.com/salesmessage/javascript"
      },
      arguments: {
        repository: "https://github.com/ronapelbaum/eslint-plugin-arguments"
      },
      arista: {
        repository: "https://github.com/aristanetworks/cloudvision-frontend-config"
      },
      arithmetic: {
        repository: "https://github.com/JonnyBurger/eslint-plugin-arithmetic"
      },
      "array-func": {
        repository: "https://github.com/freaktechnik/eslint-plugin-array-func"
      },
      "arrow-function-brace": {
        repository: "https://github.com/hayawata3626/eslint-plugin-arrow-function-brace"
      },
      artistco: {
        repository: "https://github.com/svengau/eslint-plugin-artistco"
      },
      ascii: {
        repository: "https://github.com/jsus1/eslint-plugin-ascii"
      },
      aspida: {
        repository: "https://github.com/ibuki2003/eslint-plugin-aspida"
      },
      asrt: {
        repository: "https://github.com/pzapalski/asrt"
      },
      assignment: {
        repository: "https://github.com/Chamion/eslint-plugin-assignment"
      },
      astro: {
        repository: "https://github.com/ota-meshi/eslint-plugin-astro"
      },
      "async-await": {
        repository: "https://github.com/59naga/eslint-plugin-async-await"
      },
      "atlassian-webapis": {
        repository: "https://github.com/samhh/eslint-plugin-atlassian-webapis"
      },
      "atomic-design": {
        repository: "https://github.com/RyoNkmr/eslint-plugin-atomic-design"
      },
      "atomic-design-hierarchy": {
        repository: "https://github.com/robinalaerts1/eslint-plugin-atomic-design-hierarchy"
      },
      "atomic-redesign": {
        repository: "https://github.com/recruit-tech/eslint-plugin-atomic-redesign"
      },
      attributes: {
        repository: "https://github.com/xjmforweb/eslint-plugin-attributes"
      },
      aurelia: {
        repository: "https://github.com/bryanrsmith/eslint-plugin-aurelia"
      },
      "authing-nestjs": {
        repository: "https://github.com/Authing/eslint-plugin-nestjs"
      },
      "auto-import-ts": {
        repository: "https://github.com/abstractball/eslint-plugin-auto-import-ts"
      },
      autofix: {
        repository: "https://github.com/aladdin-add/eslint-plugin/tree/master"
      },
      automatic: {
        repository: "https://github.com/gaoxiaosong/eslint-plugin-automatic"
      },
      ava: {
        docs: "https://github.com/avajs/eslint-plugin-ava/blob/main/docs/rules/",
        repository: "https://github.com/avajs/eslint-plugin-ava"
      },
      "avoid-explicit-extension": {
        repository: "https://github.com/rchougule/eslint-plugin-avoid-explicit-extension"
      },
      avol: {
        repository: "https://github.com/Avol-V/eslint-plugin-avol"
      },
      "await-in-async": {
        repository: "https://github.com/gzzhanghao/eslint-plugin-await-in-async"
      },
      "await-require-catch": {
        repository: "https://github.com/Learn-form-Zakas/eslint-plugin-await-require-catch"
      },
      "awesome-lint": {
        repository: "https://github.com/L1114/eslint-plugin-awesome-lint"
      },
      awscdk: {
        repository: "https://github.com/corymhall/eslint-plugin-awscdk"
      },
      axe: {
        repository: "https://github.com/dequelabs/axe-core"
      },
      azumuta: {
        repository: "https://github.com/Azumuta/eslint-plugin-azumuta"
      },
      "azure-sdk": {
        repository: "https://github.com/npm/security-holder"
      },
      babel: {
        repository: "https://github.com/babel/eslint-plugin-babel"
      },
      backk: {
        repository: "https://github.com/backk-node/eslint-plugin-backk"
      },
      backpack: {
        repository: "https://github.com/Skyscanner/eslint-plugin-backpack"
      },
      "bad-smells": {
        repository: "https://github.com/lucas-paiva98/eslint-plugin-bad-smells"
      },
      "baitshop-hooks": {
        repository: "https://github.com/aarongoin/eslint-plugin-baitshop-hooks"
      },
      bam: {
        repository: "https://github.com/bamlab/eslint-plugin-bam"
      },
      ban: {
        docs: "https://github.com/remithomas/eslint-plugin-ban/blob/master/docs/rules/",
        repository: "https://github.com/remithomas/eslint-plugin-ban"
      },
      "ban-package-import": {
        repository: "https://github.com/AlexandrKrivosheev/eslint-plugin-ban-package-import"
      },
      banno: {
        repository: "https://github.com/Banno/eslint-plugin-banno"
      },
      barm: {
        repository: "https://github.com/BARMPlus/eslint-plugin-barm"
      },
      basad: {
        repository: "https://github.com/EdenGottlieb/eslint-plugin-basad"
      },
      "base-style-config": {
        repository: "https://github.com/gmullerb/base-style-config"
      },
      baseui: {
        repository: "https://github.com/uber/baseweb"
      },
      "basic-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      bbva: {
        repository: "https://github.com/BBVAEngineering/javascript"
      },
      "be-consistent": {
        repository: "https://github.com/designfrontier/eslint-consistent"
      },
      "beautiful-imports": {
        repository: "https://github.com/sergeyshpadyrev/eslint-plugin-beautiful-imports"
      },
      "beautiful-sort": {
        repository: "https://github.com/allohamora/eslint-plugin-beautiful-sort"
      },
      belgradian: {
        repository: "https://github.com/proctorio/eslint-plugin-belgradian.js"
      },
      "bem-xjst": {
        repository: "https://github.com/bem/eslint-plugin-bem-xjst"
      },
      benderthecrime: {
        repository: "https://github.com/benderTheCrime/eslint-plugin-benderthecrime"
      },
      bes: {
        repository: "https://github.com/ykshang/eslint-custom-rule"
      },
      bestpractice: {
        repository: "https://github.com/strawlion/eslint-plugin-bestpractice"
      },
      "better-align": {
        repository: "https://github.com/CGQAQ/eslint-rule-import-align"
      },
      "better-dates": {
        repository: "https://github.com/chdsbd/eslint-plugin-better-dates"
      },
      "better-mutation": {
        repository: "https://github.com/sloops77/eslint-plugin-better-mutation"
      },
      "better-styled-components": {
        repository: "https://github.com/siffogh/eslint-plugin-better-styled-components"
      },
      "big-number-rules": {
        repository: "https://github.com/shuckster/eslint-plugin-big-number-rules"
      },
      bitrefill: {
        repository: "https://github.com/bitrefill/eslint-plugin-bitrefill"
      },
      "blank-line": {
        repository: "https://github.com/xbdtb/eslint-plugin-blank-line"
      },
      "block-function-spacing": {
        repository: "https://github.com/mgeraci/eslint-plugin-block-function-spacing"
      },
      "bof-newline": {
        repository: "https://github.com/lucastaliberti/eslint-plugin-bof-newline"
      },
      bonk2: {
        repository: "https://github.com/escorponox/eslint-plugin-bonk2"
      },
      botland: {
        repository: "https://github.com/freaktechnik/eslint-plugin-botland"
      },
      boundaries: {
        repository: "https://github.com/javierbrea/eslint-plugin-boundaries"
      },
      boyscout: {
        repository: "https://github.com/nicolaslt/eslint-plugin-boyscout"
      },
      "bpmn-io": {
        repository: "https://github.com/bpmn-io/eslint-plugin-bpmn-io"
      },
      brackets: {
        repository: "https://github.com/kentor/eslint-plugin-brackets"
      },
      "breakaway-eslint-plugin-patternfly-react": {
        repository: "https://github.com/pfbreakaway/breakaway-patternfly-react"
      },
      brlt: {
        repository: "https://github.com/nberlette/eslint-config"
      },
      "bs-eslint-rules": {
        repository: "https://github.com/Ticalie/bs-eslint"
      },
      bud: {
        repository: "https://github.com/samAroundGitHub/eslint-plugin-bud"
      },
      budapestian: {
        repository: "https://github.com/sverweij/eslint-plugin-budapestian"
      },
      "build-app": {
        repository: "https://github.com/gwmccull/eslint-plugin-build-app"
      },
      buildium: {
        repository: "https://github.com/buildium/eslint-plugin-buildium"
      },
      "builtin-compat": {
        repository: "https://github.com/instea/eslint-plugin-builtin-compat"
      },
      bullhorn: {
        repository: "https://github.com/bullhorn/eslint-plugin-bullhorn"
      },
      "bus-stuff": {
        repository: "https://github.com/erikmaday/eslint-config-bus-stuff"
      },
      cake: {
        repository: "https://github.com/sbdchd/eslint-plugin-cake"
      },
      caleb: {
        repository: "https://github.com/calebeby/eslint-config"
      },
      "call-func-with-return": {
        repository: "https://github.com/elvinn/eslint-plugin-call-func-with-return"
      },
      callback: {
        repository: "https://github.com/andreysm/eslint-plugin-callback"
      },
      "camelcase-ohm": {
        repository: "https://github.com/ohmlang/eslint-plugin-camelcase-ohm"
      },
      "camunda-licensed": {
        repository: "https://github.com/camunda/eslint-plugin-camunda-licensed"
      },
      caniuse: {
        repository: "https://github.com/amilajack/eslint-plugin-caniuse"
      },
      canonical: {
        repository: "https://github.com/gajus/eslint-plugin-canonical"
      },
      "capital-case": {
        repository: "https://github.com/tcorley/eslint-plugin-capital-case"
      },
      "caps-on": {
        repository: "https://github.com/or109/eslint-plugin-caps-on"
      },
      capture: {
        repository: "https://github.com/edgarinvillegas/eslint-plugin-capture"
      },
      careaxiom: {
        repository: "https://github.com/umar-muneer/eslint-plugin-careaxiom"
      },
      "cascading-imports": {
        repository: "https://github.com/cheap-glitch/eslint-plugin-cascading-imports"
      },
      "cde-ejs-html": {
        repository: "https://github.com/clubedaentrega/eslint-plugin-cde-ejs-html"
      },
      cdk: {
        repository: "https://github.com/hupe1980/cdkdx"
      },
      censor: {
        repository: "https://github.com/pustovitDmytro/eslint-plugin-censor"
      },
      "chai-assert-bdd": {
        repository: "https://github.com/t-huth/eslint-plugin-chai-assert-bdd"
      },
      "chai-asserts": {
        repository: "https://github.com/orloffv/eslint-plugin-chai-asserts"
      },
      "chai-expect": {
        repository: "https://github.com/turbo87/eslint-plugin-chai-expect"
      },
      "chai-expect-keywords": {
        repository: "https://github.com/gavinaiken/eslint-plugin-chai-expect-keywords"
      },
      "chai-friendly": {
        repository: "https://github.com/ihordiachenko/eslint-plugin-chai-friendly"
      },
      chain: {
        repository: "https://github.com/cenfun/eslint-plugin-chain"
      },
      "chakra-ui": {
        repository: "https://github.com/Monchi/eslint-plugin-chakra-ui"
      },
      chalk: {
        repository: "https://github.com/xuqingkuang/eslint-plugin-chalk"
      },
      chameleon: {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "chamion-typescript": {
        repository: "https://github.com/Chamion/eslint-plugin-chamion-typescript"
      },
      "change-detection-strategy": {
        repository: "https://github.com/num13ru/eslint-plugin-change-detection-strategy"
      },
      chartjs: {
        repository: "https://github.com/Manu1400/eslint-plugin-chartjs"
      },
      "check-class-name": {
        repository: "https://github.com/SkyblueWZZQ/eslint-plugin-check-class-name"
      },
      "check-diff-chinese": {
        repository: "https://github.com/pandaCure/lerna"
      },
      "check-file": {
        repository: "https://github.com/DukeLuo/eslint-plugin-check-file"
      },
      "check-umi-import": {
        repository: "https://github.com/ETRick/eslint-plugin-check-umi-import"
      },
      chotot: {
        repository: "https://github.com/chototoss/chotot-web-standards"
      },
      "chowa-standard": {
        repository: "https://github.com/chowa/eslint-plugin-chowa-standard"
      },
      cjk: {
        repository: "https://github.com/bluelovers/ws-eslint"
      },
      "ckeditor5-rules": {
        repository: "https://github.com/ckeditor/ckeditor5-linters-config"
      },
      ckhtml: {
        repository: "https://github.com/BenoitZugmeyer/eslint-plugin-html"
      },
      "class-extends": {
        repository: "https://github.com/wesbaker/eslint-plugin-class-extends"
      },
      "class-method-newlines": {
        repository: "https://github.com/kondi/eslint-plugin-class-method-newlines"
      },
      "class-methods-use-this-regex": {
        repository: "https://github.com/Donov4n/eslint-plugin-class-methods-use-this-regex"
      },
      "class-methods-use-this-regexp": {
        repository: "https://github.com/teryaew/eslint-plugin-class-methods-use-this-regexp"
      },
      "class-prefer-methods": {
        repository: "https://github.com/buildo/eslint-plugin-class-prefer-methods"
      },
      "class-types": {
        repository: "https://github.com/fleck/eslint-plugin-class-types"
      },
      classnames: {
        repository: "https://github.com/fsubal/eslint-plugin-classnames"
      },
      "clean-code": {
        repository: "https://github.com/pksilen/eslint-plugin-clean-code"
      },
      "clean-codestyle": {
        repository: "https://github.com/jsaguet/eslint-plugin-clean-codestyle"
      },
      "clean-testing": {
        repository: "https://github.com/Mjtlittle/eslint-plugin-clean-testing"
      },
      "clean-timer": {
        repository: "https://github.com/littlee/eslint-plugin-clean-timer"
      },
      cleanjs: {
        repository: "https://github.com/eslint-plugin-cleanjs/eslint-plugin-cleanjs"
      },
      closure: {
        repository: "https://github.com/google/eslint-closure"
      },
      "closure-library": {
        repository: "https://github.com/koba04/eslint-plugin-closure-library"
      },
      clutter: {
        repository: "https://github.com/43081j/notneeded"
      },
      "code-import-patterns": {
        repository: "https://github.com/pkerschbaum/eslint-plugin-code-import-patterns"
      },
      "code-struct": {
        repository: "https://github.com/cssmiles/eslint-code-struct"
      },
      codebox: {
        repository: "https://github.com/asn007/eslint-plugin-codebox"
      },
      "codebox-jh": {
        repository: "https://github.com/judithhartmann/eslint-plugin-codebox"
      },
      codeceptjs: {
        repository: "https://github.com/poenneby/eslint-plugin-codeceptjs"
      },
      codeceptjs2: {
        repository: "https://github.com/APshenkin/eslint-plugin-codeceptjs"
      },
      codegen: {
        repository: "https://github.com/mmkal/ts"
      },
      coffee: {
        repository: "https://github.com/helixbass/eslint-plugin-coffee"
      },
      "coffee-scope": {
        repository: "https://github.com/apaleslimghost/eslint-plugin-coffee-scope"
      },
      coffeescript: {
        repository: "https://github.com/a-x-/eslint-plugin-coffeescript"
      },
      "coffeescript-es7": {
        repository: "https://github.com/ovikholt/eslint-plugin-coffeescript"
      },
      coherence: {
        repository: "https://github.com/leonardodino/eslint-plugin-coherence"
      },
      coinbase: {
        repository: "https://github.com/npm/security-holder"
      },
      "comment-annotations": {
        repository: "https://github.com/102/eslint-plugin-comment-annotations"
      },
      "comment-length": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "comment-length-2": {
        repository: "https://github.com/lasselupe33/eslint-plugin-comment-length"
      },
      "comment-reflow": {
        repository: "https://github.com/jfroelich/eslint-plugin-comment-reflow"
      },
      comments: {
        repository: "https://github.com/lo1tuma/eslint-plugin-comments"
      },
      "comments-key": {
        repository: "https://github.com/ATQQ/eslint-plugin-comments-key"
      },
      commonjs: {
        repository: "https://github.com/d-band/eslint-plugin-commonjs"
      },
      "commonjs-require-case": {
        repository: "https://github.com/charlesbjohnson/eslint-module-plugins"
      },
      "commonjs-require-name": {
        repository: "https://github.com/charlesbjohnson/eslint-module-plugins"
      },
      "communist-spelling": {
        repository: "https://github.com/dprgarner/eslint-plugin-communist-spelling"
      },
      community: {
        repository: "https://github.com/tzellman/eslint-plugin-community"
      },
      compat: {
        docs: "https://github.com/amilajack/eslint-plugin-compat/blob/main/docs/rules/",
        repository: "https://github.com/amilajack/eslint-plugin-compat"
      },
      compfest: {
        repository: "https://github.com/COMPFEST/eslint-plugin-compfest"
      },
      "config-files": {
        repository: "https://github.com/tyankatsu0105/eslint-plugin-config-files"
      },
      "consistent-modules-import": {
        repository: "https://github.com/kiwi-code/eslint-plugin-consistent-import"
      },
      "consistent-subscribe": {
        repository: "https://github.com/Gvozd/eslint-plugin-consistent-subscribe"
      },
      "const-case": {
        repository: "https://github.com/k03mad/eslint-plugin-const-case"
      },
      "const-immutable": {
        repository: "https://github.com/zeronone/eslint-plugin-const-immutable"
      },
      "cookie-often": {
        repository: "https://github.com/fortune-cook1e/eslint-plugin-cookie-often"
      },
      core: {
        repository: "https://github.com/Braised-Cakes/eslint-plugin-core"
      },
      coremail: {
        repository: "https://github.com/Mailtech/eslint-config-coremail"
      },
      couchdb: {
        repository: "https://github.com/scdf/eslint-plugin-couchdb"
      },
      coursera: {
        repository: "https://github.com/coursera/eslint-plugin-coursera"
      },
      crb: {
        repository: "https://github.com/chrisbreiding/eslint-plugin-crb"
      },
      criteo: {
        repository: "https://github.com/criteo/eslint-plugin-criteo"
      },
      css: {
        repository: "https://github.com/ota-meshi/eslint-plugin-css"
      },
      "css-in-js": {
        repository: "https://github.com/jackyho112/eslint-plugin-css-in-js"
      },
      "css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-modules-amannn-fork": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-modules-es": {
        repository: "https://github.com/csu-feizao/eslint-plugin-css-modules-es"
      },
      "css-modules-mariosetenal": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      "css-reorder": {
        repository: "https://github.com/myuon/eslint-plugin-css-reorder"
      },
      "ct.macro": {
        repository: "https://github.com/fleck/eslint-plugin-ct.macro"
      },
      cucumber: {
        docs: "https://github.com/darrinholst/eslint-plugin-cucumber/blob/master/docs/rules/",
        repository: "https://github.com/darrinholst/eslint-plugin-cucumber"
      },
      cup: {
        repository: "https://github.com/rtsao/create-universal-package"
      },
      "curly-quotes": {
        repository: "https://github.com/younesaassila/eslint-plugin-curly-quotes"
      },
      curology: {
        repository: "https://github.com/PocketDerm/eslint-plugin-curology"
      },
      "custom-display-name": {
        repository: "https://github.com/nissy-dev/eslint-plugin-custom-display-name"
      },
      "custom-elements": {
        repository: "https://github.com/github/eslint-plugin-custom-elements"
      },
      "custom-jsx-props-order": {
        repository: "https://github.com/fenbka/eslint-plugin-custom-jsx-props-order"
      },
      "custom-prettier": {
        repository: "https://github.com/shaneu/eslint-plugin-custom-prettier"
      },
      "custom-rule": {
        repository: "https://github.com/imiklos/eslint-plugin-custom-rule"
      },
      cwkr: {
        repository: "https://github.com/cwkr/coding-guidelines"
      },
      cx: {
        repository: "https://github.com/artemdudkin/eslint-plugin-cx"
      },
      cxweb: {
        repository: "https://github.com/metreniuk/eslint-plugin-cxweb"
      },
      cypress: {
        docs: "https://github.com/cypress-io/eslint-plugin-cypress/blob/master/docs/rules/",
        repository: "https://github.com/cypress-io/eslint-plugin-cypress"
      },
      "cypress-dev": {
        repository: "https://github.com/cypress-io/eslint-plugin-cypress-dev"
      },
      "cypress-parallelize": {
        repository: "https://github.com/vtex/eslint-plugin-cypress-parallelize"
      },
      "cypress-test-best-practices": {
        repository: "https://github.com/lewis-prescott-cruk/eslint-plugin-cypress-test-best-practices"
      },
      date: {
        repository: "https://github.com/HeavenSky/eslint-plugin-date"
      },
      "date-timezone": {
        repository: "https://github.com/msobas/eslint-plugin-date-timezone"
      },
      deckgl: {
        repository: "https://github.com/jstaab/eslint-plugin-deckgl"
      },
      "declaration-quotes": {
        repository: "https://github.com/726b/eslint-plugin-declaration-quotes"
      },
      "decorator-position": {
        repository: "https://github.com/NullVoxPopuli/eslint-plugin-decorator-position"
      },
      "define-script": {
        repository: "https://github.com/eslift/eslint-plugin-define-script"
      },
      deku: {
        repository: "https://github.com/deku-scrubs/eslint-plugin-deku"
      },
      "delegated-events": {
        repository: "https://github.com/dgraham/eslint-plugin-delegated-events"
      },
      "deny-some-modules-full-import": {
        repository: "https://github.com/ZWkang/eslint-plugin-deny-some-modules-full-import"
      },
      deoxxa: {
        repository: "https://github.com/deoxxa/eslint-plugin-deoxxa"
      },
      dependencies: {
        repository: "https://github.com/zertosh/eslint-plugin-dependencies"
      },
      "dependency-relation": {
        repository: "https://github.com/YutamaKotaro/eslint-plugin-dependencies-relation"
      },
      deprecate: {
        repository: "https://github.com/AlexMost/eslint-plugin-deprecate"
      },
      "deprecate-import": {
        repository: "https://github.com/findmypast-oss/eslint-plugin-deprecate-import"
      },
      deprecated: {
        repository: "https://github.com/ayqy/eslint-plugin-deprecated"
      },
      deprecation: {
        repository: "https://github.com/gund/eslint-plugin-deprecation"
      },
      "design-system": {
        repository: "https://github.com/dslounge/eslint-plugin-design-system"
      },
      destructuring: {
        repository: "https://github.com/lukeapage/eslint-plugin-destructuring"
      },
      "destructuring-newline": {
        repository: "https://github.com/kusotenpa/eslint-plugin-destructuring-newline"
      },
      "detect-bad-words": {
        repository: "https://github.com/darwintantuco/eslint-plugin-detect-bad-words"
      },
      "detect-haiku": {
        repository: "https://github.com/sadnessOjisan/eslint-plugin-detect-haiku"
      },
      "detect-hard-code": {
        repository: "https://github.com/felipebruce/detect-hard-code"
      },
      "detect-headers-without-current-year": {
        repository: "https://github.com/felipebruce/detect-headers-without-current-year"
      },
      "detect-no-assignment": {
        repository: "https://github.com/felipebruce/detect-no-assignment"
      },
      "detox-bcp": {
        repository: "https://github.com/wix-incubator/eslint-plugin-detox-bcp"
      },
      dfsx: {
        repository: "https://github.com/dfsxdev/eslint-plugin-dfsx"
      },
      diff: {
        repository: "https://github.com/paleite/eslint-plugin-diff"
      },
      dirs: {
        repository: "https://github.com/Xooone47/eslint-plugin-dirs"
      },
      disable: {
        repository: "https://github.com/mradionov/eslint-plugin-disable"
      },
      "disable-autofix": {
        repository: "https://github.com/chiefmikey/eslint-plugin-disable-autofix"
      },
      "disable-features": {
        repository: "https://github.com/brendenpalmer/eslint-plugin-disable-features"
      },
      "disallow-literals-as-jsxelement-children": {
        repository: "https://github.com/dominiczaq/eslint-plugin-disallow-literals-as-jsxelement-children"
      },
      "diversity-inclusion": {
        repository: "https://github.com/manij89/eslint-plugin-diversity-inclusion"
      },
      django: {
        repository: "https://github.com/benspaulding/eslint-plugin-django"
      },
      "document-write": {
        repository: "https://github.com/phanect/eslint-plugin-no-document-write"
      },
      "dollar-sign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-dollar-sign"
      },
      dollarshaveclub: {
        repository: "https://github.com/dollarshaveclub/eslint-plugin-dollarshaveclub"
      },
      dom: {
        repository: "https://github.com/amilajack/eslint-plugin-dom"
      },
      "double-semi": {
        repository: "https://github.com/flet/eslint-plugin-double-semi"
      },
      "dp-taro-eslint-plugin-taro": {
        repository: "https://github.com/NervJS/taro"
      },
      dprint: {
        repository: "https://github.com/mysticatea/eslint-plugin-dprint"
      },
      drupal: {
        repository: "https://github.com/theodoreb/eslint-plugin-drupal"
      },
      "drupal-contrib": {
        repository: "https://github.com/coldfrontlabs/eslint-plugin-drupal-contrib"
      },
      dtslint: {
        repository: "https://github.com/cartant/eslint-plugin-dtslint"
      },
      duck: {
        repository: "https://github.com/enkidevs/eslint-plugin-duck"
      },
      dulcet: {
        repository: "https://github.com/khanhduy1407/eslint-plugin-dulcet"
      },
      "dynamic-jest-global": {
        repository: "https://github.com/nickshevr/eslint-plugin-dynamic-jest-global"
      },
      "easy-loops": {
        repository: "https://github.com/bennypowers/eslint-plugin-easy-loops"
      },
      ebdd: {
        repository: "https://github.com/fasttime/eslint-plugin-ebdd"
      },
      ecmalist: {
        repository: "https://github.com/ivangeorgiew/eslint-plugin-ecmalist"
      },
      "ecmascript-compat": {
        repository: "https://github.com/robatwilliams/es-compat"
      },
      editorconfig: {
        repository: "https://github.com/phanect/eslint-plugin-editorconfig"
      },
      effector: {
        repository: "https://github.com/effector/eslint-plugin"
      },
      eggache: {
        repository: "https://github.com/eggjs/eslint-plugin-eggache"
      },
      "egrand-vue": {
        repository: "https://github.com/wuyuweixin/eslint-plugin-egrand-vue"
      },
      "ejs-js": {
        repository: "https://github.com/overlookmotel/eslint-plugin-ejs-js"
      },
      ekimlinger: {
        repository: "https://github.com/ekimlinger/eslint-plugin-ekimlinger"
      },
      "elastic-charts": {
        repository: "https://github.com/npm/security-holder"
      },
      "elrond-childapp-bound": {
        repository: "https://github.com/abeet/eslint-plugin-elrond-childapp-bound"
      },
      "email-css-rules": {
        repository: "https://github.com/taskworld/eslint-plugin-email-css-rules"
      },
      ember: {
        docs: "https://github.com/ember-cli/eslint-plugin-ember/blob/master/docs/rules/",
        repository: "https://github.com/ember-cli/eslint-plugin-ember"
      },
      "ember-cleanup": {
        docs: "https://github.com/onechiporenko/eslint-plugin-ember-cleanup/blob/master/docs/rules/",
        repository: "https://github.com/onechiporenko/eslint-plugin-ember-cleanup"
      },
      "ember-concurrency": {
        repository: "https://github.com/simplabs/eslint-plugin-ember-concurrency"
      },
      "ember-data": {
        repository: "https://github.com/npm/security-holder"
      },
      "ember-es6-class": {
        repository: "https://github.com/scalvert/eslint-plugin-ember-es6-class"
      },
      "ember-internal": {
        repository: "https://github.com/Turbo87/eslint-plugin-ember-internal"
      },
      "ember-later-lint-rules": {
        repository: "https://github.com/blb451/ember-later-lint-rules"
      },
      "ember-rules-twitch": {
        repository: "https://github.com/npm/security-holder"
      },
      "ember-standard": {
        repository: "https://github.com/ciena-blueplanet/eslint-plugin-ember-standard"
      },
      emmanuel: {
        repository: "https://github.com/Manu1400/eslint-plugin-emmanuel"
      },
      "emotion-utils": {
        repository: "https://github.com/danielhusar/eslint-plugin-emotion-utils"
      },
      "empty-returns": {
        repository: "https://github.com/aero31aero/eslint-plugin-empty-returns"
      },
      enact: {
        repository: "https://github.com/enactjs/eslint-plugin-enact"
      },
      "enchanted-curly": {
        repository: "https://github.com/kobezzza/eslint-plugin-enchanted-curly"
      },
      endpass: {
        repository: "https://github.com/endpass/endpass-core"
      },
      "enforce-test-id-jsx": {
        repository: "https://github.com/xblurx/eslint-jsx-enforce-test-id"
      },
      "engelhorn-sfcc": {
        repository: "https://github.com/t-huth/eslint-plugin-engelhorn-sfcc"
      },
      "enterprise-extras": {
        repository: "https://github.com/buildertrend/eslint-plugin-enterprise-extras"
      },
      env: {
        repository: "https://github.com/rtsao/eslint-plugin-env"
      },
      enzyme: {
        repository: "https://github.com/giamir/eslint-plugin-enzyme"
      },
      "eqeqeq-fix": {
        repository: "https://github.com/Zamiell/eslint-plugin-eqeqeq-fix"
      },
      es: {
        docs: "https://github.com/mysticatea/eslint-plugin-es/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-es"
      },
      "es-beautifier": {
        repository: "https://github.com/dai-shi/es-beautifier"
      },
      "es-roikoren": {
        repository: "https://github.com/roikoren755/eslint-plugin-es"
      },
      "es-x": {
        repository: "https://github.com/ota-meshi/eslint-plugin-es-x"
      },
      es5: {
        repository: "https://github.com/nkt/eslint-plugin-es5"
      },
      "es5-jquery-lodash": {
        repository: "https://github.com/NicolasReibnitz/eslint-plugin-es5-jquery-lodash"
      },
      es6: {
        repository: "https://github.com/nadongguri/eslint-plugin-es6"
      },
      "es6-recommended": {
        repository: "https://github.com/mgtitimoli/eslint-plugin-es6-recommended"
      },
      escompat: {
        repository: "https://github.com/keithamus/eslint-plugin-escompat"
      },
      "eslint-comments": {
        docs: "https://github.com/mysticatea/eslint-plugin-eslint-comments/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-eslint-comments"
      },
      "eslint-config": {
        repository: "https://github.com/g-rath/eslint-plugin-eslint-config"
      },
      "eslint-plugin": {
        docs: "https://github.com/not-an-aardvark/eslint-plugin-eslint-plugin/blob/main/docs/rules/",
        repository: "https://github.com/not-an-aardvark/eslint-plugin-eslint-plugin"
      },
      "eslint-vertical-import": {
        repository: "https://github.com/eydrian/eslint-vertical-import"
      },
      esquery: {
        repository: "https://github.com/suchipi/eslint-plugin-esquery"
      },
      etc: {
        repository: "https://github.com/cartant/eslint-plugin-etc"
      },
      etiqa: {
        repository: "https://github.com/Etiqa/eslint-plugin-etiqa"
      },
      evelyn: {
        repository: "https://github.com/evelynhathaway/eslint-plugin-evelyn"
      },
      "event-listener": {
        repository: "https://github.com/SinLucifer/eslint-plugin-event-listeners"
      },
      evernote: {
        repository: "https://github.com/evernote/eslint-plugin-evernote"
      },
      "excel-custom-functions": {
        repository: "https://github.com/OfficeDev/Office-Addin-Scripts"
      },
      "exclude-nunjuck-tags": {
        repository: "https://github.com/ibrahim12/eslint-plugin-exclude-nunjuck-tags"
      },
      "exclude-php-tags": {
        repository: "https://github.com/Alexnder/eslint-plugin-exclude-php-tags"
      },
      "expect-type": {
        repository: "https://github.com/JoshuaKGoldberg/eslint-plugin-expect-type"
      },
      expires: {
        repository: "https://github.com/digencer/eslint-plugin-expires"
      },
      "explicit-comparator": {
        repository: "https://github.com/sam-parsons/eslint-plugin-explicit-comparator"
      },
      "exports-order": {
        repository: "https://github.com/simonprod/eslint-plugin-exports-order"
      },
      ext: {
        repository: "https://github.com/jiangfengming/eslint-plugin-ext"
      },
      extend: {
        repository: "https://github.com/bregenspan/eslint-plugin-extend"
      },
      extended: {
        repository: "https://github.com/thenativeweb/eslint-plugin-extended"
      },
      extendscript: {
        repository: "https://github.com/adambrgmn/eslint-plugin-extendscript"
      },
      extjs: {
        repository: "https://github.com/burnnat/eslint-plugin-extjs"
      },
      extra: {
        repository: "https://github.com/gevgeny/eslint-plugin-extra"
      },
      "extra-syntax": {
        repository: "https://github.com/th317erd/eslint-plugin-extra-syntax"
      },
      fabmanager: {
        repository: "https://github.com/sleede/fabmanager-rules"
      },
      faltest: {
        repository: "https://github.com/CrowdStrike/faltest"
      },
      "fastify-security-rules": {
        repository: "https://github.com/lirantal/eslint-plugin-security"
      },
      "fat-arrow-same-line": {
        repository: "https://github.com/pzuraq/eslint-plugin-fat-arrow-same-line"
      },
      "fb-www": {
        repository: "https://github.com/aaronabramov/eslint-plugin-fb-www"
      },
      fbi: {
        repository: "https://github.com/fbi-js/eslint-plugin-fbi"
      },
      fda: {
        repository: "https://github.com/meetromb/eslint-plugin-fda"
      },
      fest: {
        repository: "https://github.com/Angmor23/eslint-plugin-fest"
      },
      "fetch-options": {
        repository: "https://github.com/piatra/eslint-plugin-fetch"
      },
      "file-header": {
        repository: "https://github.com/Sekhmet/eslint-plugin-file-header"
      },
      "file-layout": {
        repository: "https://github.com/keik/eslint-plugin-file-layout"
      },
      "file-path-comment": {
        repository: "https://github.com/samelliottdlt/eslint-plugin-file-path-comment"
      },
      "file-progress": {
        repository: "https://github.com/sibiraj-s/eslint-plugin-file-progress"
      },
      filename: {
        repository: "https://github.com/benyasin/eslint-plugin-filename"
      },
      "filename-checker": {
        repository: "https://github.com/amirzenoozi/eslint-plugin-filename-checker"
      },
      "filename-consistency": {
        repository: "https://github.com/wmdanor/eslint-plugin-filename-consistency"
      },
      "filename-rules": {
        repository: "https://github.com/dolsem/eslint-plugin-filename-rules"
      },
      filenames: {
        repository: "https://github.com/selaux/eslint-plugin-filenames"
      },
      "filenames-simple": {
        repository: "https://github.com/epaew/eslint-plugin-filenames-simple"
      },
      filesize: {
        repository: "https://github.com/voltrevo/eslint-plugin-filesize"
      },
      "firebase-functions": {
        repository: "https://github.com/alii/eslint-plugin-firebase-functions"
      },
      "fix-deps": {
        repository: "https://github.com/mitchellhamilton/eslint-plugin-fix-deps"
      },
      flipper: {
        repository: "https://github.com/npm/security-holder"
      },
      flow: {
        repository: "https://github.com/gajus/eslint-plugin-flowtype"
      },
      "flow-check": {
        repository: "https://github.com/marionebl/eslint-plugin-flow-check"
      },
      "flow-header": {
        repository: "https://github.com/eirikurn/eslint-plugin-flow-header"
      },
      "flow-missing": {
        repository: "https://github.com/alburkerk/eslint-plugin-flow-missing"
      },
      "flow-typed": {
        repository: "https://github.com/marudor/eslint-plugin-flow-typed"
      },
      "flowspace-es5": {
        repository: "https://github.com/Flowspace-Team/eslint-plugin-es5"
      },
      flowtype: {
        repository: "https://github.com/gajus/eslint-plugin-flowtype"
      },
      "flowtype-comment": {
        repository: "https://github.com/hczhcz/eslint-plugin-flowtype-comment"
      },
      "flowtype-errors": {
        repository: "https://github.com/amilajack/eslint-plugin-flowtype-errors"
      },
      "flowtype-esm": {
        repository: "https://github.com/ganesankv/eslint-plugin-flowtype"
      },
      "flux-standard-actions": {
        repository: "https://github.com/aosyatnik/eslint-plugin-flux-standard-actions"
      },
      fly: {
        repository: "https://github.com/Hzy0913/eslint-plugin-fly"
      },
      folders: {
        repository: "https://github.com/christopherbradleybanks/eslint-plugin-folders"
      },
      "folders-rules": {
        repository: "https://github.com/yoobic/eslint-plugin-folders-rules"
      },
      folders2: {
        repository: "https://github.com/pajarraco/eslint-plugin-folders2"
      },
      foo: {
        repository: "https://github.com/Time-coding/eslint-plugin-foo"
      },
      "for-wtools": {
        repository: "https://github.com/Wandalen/EslintPluginForWtools"
      },
      "forbidden-package": {
        repository: "https://github.com/Krosantos/eslint-plugin-forbidden-package"
      },
      "force-theme-colors": {
        repository: "https://github.com/martini97/eslint-plugin-force-theme-colors"
      },
      "force-void": {
        repository: "https://github.com/pat841/eslint-plugin-force-void"
      },
      "format-message": {
        repository: "https://github.com/format-message/format-message"
      },
      formatjs: {
        repository: "https://github.com/formatjs/formatjs"
      },
      "formatjs-no-id-duplication": {
        repository: "https://github.com/gopollock/eslint-plugin-formatjs-no-id-duplication"
      },
      formatting: {
        repository: "https://github.com/dugokontov/eslint-plugin-formatting"
      },
      "fp-jxl": {
        repository: "https://github.com/jesterxl/eslint-plugin-fp-jxl"
      },
      "fp-ts": {
        repository: "https://github.com/buildo/eslint-plugin-fp-ts"
      },
      "fp-ts-strict": {
        repository: "https://github.com/SandroMaglione/eslint-plugin-fp-ts-strict"
      },
      fpcs: {
        repository: "https://github.com/flowerpress/eslint-plugin-fpcs"
      },
      "frank-eslint-plugin-i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      freaking: {
        repository: "https://github.com/iandarling/eslint-plugin-freaking"
      },
      "front-require-in-package": {
        repository: "https://github.com/frontapp/eslint-plugin-require-in-package"
      },
      frontend: {
        repository: "https://github.com/obartra/eslint-plugin-frontend"
      },
      fsa: {
        repository: "https://github.com/joseph-galindo/eslint-plugin-fsa"
      },
      "ft-flow": {
        repository: "https://github.com/flow-typed/eslint-plugin-ft-flow"
      },
      ftgp: {
        repository: "https://github.com/foretagsplatsen/ftgp-eslint"
      },
      "full-import": {
        repository: "https://github.com/mdebbar/eslint-plugin-full-import"
      },
      fullfilename: {
        repository: "https://github.com/litelite/eslint-plugin-fullfilename"
      },
      "func-call": {
        repository: "https://github.com/titarenko/eslint-plugin-func-call"
      },
      "func-params-args": {
        repository: "https://github.com/abdusabri/eslint-plugin-func-params-args"
      },
      "function-call-context": {
        repository: "https://github.com/Glinkis/eslint-plugin-function-call-context"
      },
      "function-name": {
        repository: "https://github.com/legend80s/eslint-plugin-function-name"
      },
      "function-return-assigned-name": {
        repository: "https://github.com/Jephuff/eslint-plugin-function-return-assigned-name"
      },
      functional: {
        repository: "https://github.com/jonaskello/eslint-plugin-functional"
      },
      "functional-noshiro-fixed": {
        repository: "https://github.com/jonaskello/eslint-plugin-functional"
      },
      funfp: {
        repository: "https://github.com/twilson63/eslint-plugin-funfp"
      },
      "fuse-box-eslint-plugin": {
        repository: "https://github.com/DoumanAsh/fuse-box-eslint-plugin"
      },
      fxa: {
        repository: "https://github.com/mozilla/eslint-plugin-fxa"
      },
      galaxy: {
        repository: "https://github.com/CyanSalt/eslint-plugin-galaxy"
      },
      gamut: {
        repository: "https://github.com/Codecademy/gamut"
      },
      gatsby: {
        repository: "https://github.com/SSouik/eslint-plugin-gatsby"
      },
      "gatsby-no-static-queries": {
        repository: "https://github.com/larowlan/eslint-plugin-gatsby-no-static-queries"
      },
      gb: {
        repository: "https://github.com/garyb432/eslint-plugin-gb"
      },
      "gcp-samples": {
        repository: "https://github.com/googleapis/eslint-plugin-gcp-samples"
      },
      geekie: {
        repository: "https://github.com/geekie/eslint-plugin"
      },
      geojson: {
        repository: "https://github.com/arlyn-bones/eslint-plugin-json"
      },
      gerhut: {
        repository: "https://github.com/Gerhut/eslint-plugin-gerhut"
      },
      "get-off-my-lawn": {
        repository: "https://github.com/manovotny/eslint-plugin-get-off-my-lawn"
      },
      getsentry: {
        repository: "https://github.com/getsentry/eslint-plugin-getsentry"
      },
      getsize: {
        repository: "https://github.com/timqha/eslint-plugin-getsize"
      },
      gettext: {
        repository: "https://github.com/appannie/eslint-plugin-gettext"
      },
      ghost: {
        repository: "https://github.com/TryGhost/eslint-plugin-ghost"
      },
      github: {
        repository: "https://github.com/github/eslint-plugin-github"
      },
      glip: {
        repository: "https://github.com/brettpaden/eslint-plugin-glip"
      },
      "glob-in-npm-script": {
        repository: "https://github.com/m-sureshraj/eslint-plugin-glob-in-npm-script"
      },
      gm: {
        repository: "https://github.com/gmfe/eslint-plugin-gm"
      },
      gmfe: {
        repository: "https://github.com/gmfe/eslint-plugin-gmfe"
      },
      "good-practices": {
        repository: "https://github.com/Rahul9046/eslint-plugin-good-practices"
      },
      goodeggs: {
        repository: "https://github.com/goodeggs/eslint-plugin-goodeggs"
      },
      "google-camelcase": {
        repository: "https://github.com/greggman/eslint-plugin-google-camelcase"
      },
      googleappsscript: {
        repository: "https://github.com/selectnull/eslint-plugin-googleappsscript"
      },
      googlemaps: {
        repository: "https://github.com/googlemaps/eslint-plugin-googlemaps"
      },
      googshift: {
        repository: "https://github.com/gberaudo/eslint-plugin-googshift"
      },
      grailed: {
        repository: "https://github.com/npm/security-holder"
      },
      grapes: {
        repository: "https://github.com/Krosantos/eslint-plugin-grapes"
      },
      graphql: {
        repository: "https://github.com/apollostack/eslint-plugin-graphql"
      },
      "graphql-next": {
        repository: "https://github.com/apollostack/eslint-plugin-graphql"
      },
      "graphql-optimistic-response": {
        repository: "https://github.com/bl42/eslint-plugin-graphql-optimistic-response"
      },
      "graphql-schema": {
        repository: "https://github.com/joshuaNathaniel/eslint-plugin-graphql-schema"
      },
      gridsome: {
        repository: "https://github.com/gridsome/eslint-plugin-gridsome"
      },
      grind: {
        repository: "https://github.com/grindjs/eslint-plugin-grind"
      },
      grommet: {
        repository: "https://github.com/grommet/eslint-plugin-grommet"
      },
      "grouped-import": {
        repository: "https://github.com/kairome/eslint-plugin-grouped-import"
      },
      "grouped-imports": {
        repository: "https://github.com/gohabereg/eslint-plugin-grouped-imports"
      },
      hackmud: {
        repository: "https://github.com/apazzolini/eslint-hackmud"
      },
      hackmud2: {
        repository: "https://github.com/KuroTsuto/eslint-plugin-hackmud"
      },
      hammerhead: {
        repository: "https://github.com/LavrovArtem/eslint-plugin-hammerhead"
      },
      haraka: {
        repository: "https://github.com/haraka/haraka-eslint"
      },
      harmony: {
        repository: "https://github.com/unional/eslint-plugin-harmony"
      },
      "hash-exempt": {
        repository: "https://github.com/ckarper/eslint-plugin-hash-exempt"
      },
      hbs: {
        repository: "https://github.com/psbanka/eslint-plugin-hbs"
      },
      header: {
        repository: "https://github.com/Stuk/eslint-plugin-header"
      },
      healthier: {
        repository: "https://github.com/KidkArolis/eslint-plugin-healthier"
      },
      "helix-structure": {
        repository: "https://github.com/jeppeskovsen/eslint-plugin-helix-structure"
      },
      hijup: {
        repository: "https://github.com/hijup/eslint-plugin-hijup"
      },
      "hook-break-line": {
        repository: "https://github.com/meerkat-morecats/eslint-plugin-hook-break-line"
      },
      hooks: {
        repository: "https://github.com/hiukky/eslint-plugin-hooks"
      },
      hsl: {
        repository: "https://github.com/hsl947/eslint-plugin-hsl"
      },
      htm: {
        repository: "https://github.com/rx-ts/eslint"
      },
      html: {
        repository: "https://github.com/BenoitZugmeyer/eslint-plugin-html"
      },
      "html-erb": {
        repository: "https://github.com/pmrotule/eslint-plugin-html-erb"
      },
      hydrogen: {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "hydrogen-matt": {
        repository: "https://github.com/Shopify/hydrogen"
      },
      "i-bem-js": {
        repository: "https://github.com/Realetive/eslint-plugin-i-bem-js"
      },
      i18n: {
        repository: "https://github.com/chejen/eslint-plugin-i18n"
      },
      "i18n-checker": {
        repository: "https://github.com/LuciNyan/eslint-plugin-i18n-checker"
      },
      "i18n-json": {
        repository: "https://github.com/godaddy/eslint-plugin-i18n-json"
      },
      "i18n-lingui": {
        repository: "https://github.com/OkCupid/eslint-plugin-i18n-lingui"
      },
      "i18n-plus": {
        repository: "https://github.com/alandre/eslint-plugin-i18n-plus"
      },
      "i18n-text": {
        repository: "https://github.com/dgraham/eslint-plugin-i18n-text"
      },
      "i18n-text-localize": {
        repository: "https://github.com/dgraham/eslint-plugin-i18n-text"
      },
      "i18n-validator": {
        repository: "https://github.com/OvalMoney/eslint-plugin-i18n-validator"
      },
      i18n2: {
        repository: "https://github.com/imhele/eslint-plugin-i18n2"
      },
      i18next: {
        repository: "https://github.com/edvardchen/eslint-plugin-i18next"
      },
      i18nlint: {
        repository: "https://github.com/B1gF4ceC4t/eslint-plugin-i18nlint"
      },
      "icon-button": {
        repository: "https://github.com/SmallImprovements-OpenSource/eslint-plugin-icon-button"
      },
      ideal: {
        repository: "https://github.com/gyandeeps/eslint-plugin-ideal"
      },
      "idiomatic-jsx-u": {
        repository: "https://github.com/Jgaona/eslint-plugin-idiomatic-jsx"
      },
      "ie-jsapi": {
        repository: "https://github.com/rainAgain/eslint-plugin-ie-jsapi"
      },
      "ie-static-methods": {
        repository: "https://github.com/rfeie/eslint-plugin-ie-static-methods"
      },
      ie11: {
        repository: "https://github.com/Volox/eslint-plugin-ie11"
      },
      "ignore-erb-mogix": {
        repository: "https://github.com/mogix/eslint-plugin-ignore-erb"
      },
      "ignore-generated": {
        repository: "https://github.com/zertosh/eslint-plugin-ignore-generated"
      },
      "ignore-generated-and-nolint": {
        repository: "https://github.com/zertosh/eslint-plugin-ignore-generated-and-nolint"
      },
      "ignore-native-decl": {
        repository: "https://github.com/darahak/eslint-plugin-ignore-native-decl"
      },
      ignoreuglify: {
        repository: "https://github.com/ruanyf/eslint-plugin-ignoreuglify"
      },
      immer: {
        repository: "https://github.com/supremebeing7/eslint-plugin-immer"
      },
      "immer-reducer": {
        repository: "https://github.com/skoshy/eslint-plugin-immer-reducer"
      },
      immutable: {
        repository: "https://github.com/jhusain/eslint-plugin-immutable"
      },
      "immutable-class": {
        repository: "https://github.com/implydata/immutable-class"
      },
      immutablefork: {
        repository: "https://github.com/raphaelbadia/eslint-plugin-immutable"
      },
      imperative: {
        repository: "https://github.com/guidesmiths/eslint-plugin-imperative"
      },
      "implicit-dependencies": {
        repository: "https://github.com/lennym/eslint-plugin-implicit-dependencies"
      },
      import: {
        docs: "https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/",
        repository: "https://github.com/import-js/eslint-plugin-import"
      },
      "import-1nd": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-access": {
        repository: "https://github.com/uhyo/eslint-plugin-import-access"
      },
      "import-alias": {
        repository: "https://github.com/steelsojka/eslint-import-alias"
      },
      "import-auto-name": {
        repository: "https://github.com/shnhrrsn/eslint-plugin-import-auto-name"
      },
      "import-b5a962": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-fix-is-scoped": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-force-abbr": {
        repository: "https://github.com/deser/eslint-plugin-import-force-abbr"
      },
      "import-helpers": {
        repository: "https://github.com/Tibfib/eslint-plugin-import-helpers"
      },
      "import-length": {
        repository: "https://github.com/steelsojka/eslint-import-length"
      },
      "import-monorepo": {
        repository: "https://github.com/igogo5yo/eslint-plugin-import-monorepo"
      },
      "import-name": {
        repository: "https://github.com/R1ON/eslint-plugin-import-name"
      },
      "import-newlines": {
        repository: "https://github.com/SeinopSys/eslint-plugin-import-newlines"
      },
      "import-only-from-index": {
        repository: "https://github.com/fourside/eslint-plugin-import-only-from-index"
      },
      "import-order-aesthetic": {
        repository: "https://github.com/Recidvst/eslint-plugin-import-order-aesthetic"
      },
      "import-order-all": {
        repository: "https://github.com/electrovir/eslint-plugin-import-order-all"
      },
      "import-order-alphabetical": {
        repository: "https://github.com/janpaul123/eslint-plugin-import-order-alphabetical"
      },
      "import-order-autofix": {
        repository: "https://github.com/AlexJuarez/eslint-plugin-import-order-autofix"
      },
      "import-order-autosorter": {
        repository: "https://github.com/AlexJuarez/eslint-plugin-import-order-autofix"
      },
      "import-order-emotion": {
        repository: "https://github.com/jfrej/eslint-plugin-import-order-emotion"
      },
      "import-path": {
        repository: "https://github.com/andrienko/eslint-plugin-import-path"
      },
      "import-quotes": {
        repository: "https://github.com/xneek/eslint-plugin-import-quotes"
      },
      "import-restrictions": {
        repository: "https://github.com/sfrieson/eslint-plugin-import-restrictions"
      },
      "import-root": {
        repository: "https://github.com/freckstergit/eslint-plugin-import-root"
      },
      "import-sorter": {
        repository: "https://github.com/fengkfengk/eslint-plugin-import-sorter"
      },
      "import-splitnsort": {
        repository: "https://github.com/mflorence99/eslint-plugin-import-splitnsort"
      },
      "import-updated": {
        repository: "https://github.com/benmosher/eslint-plugin-import"
      },
      "import-userlike": {
        repository: "https://github.com/anilanar/eslint-plugin-import-userlike"
      },
      impress: {
        repository: "https://github.com/aqrln/eslint-plugin-impress"
      },
      inclusive: {
        repository: "https://github.com/shibulijack/eslint-plugin-inclusive"
      },
      "inclusive-language": {
        repository: "https://github.com/muenzpraeger/eslint-plugin-inclusive-language"
      },
      "indent-class-properties": {
        repository: "https://github.com/larsmunkholm/eslint-plugin-indent-class-properties"
      },
      "indent-empty-lines": {
        repository: "https://github.com/funmaker/eslint-plugin-indent-empty-lines"
      },
      index: {
        repository: "https://github.com/artlaman/eslint-plugin-index"
      },
      infermedica: {
        repository: "https://github.com/infermedica/eslint-plugin-infermedica"
      },
      inferno: {
        repository: "https://github.com/infernojs/eslint-plugin-inferno"
      },
      "injected-proptypes": {
        repository: "https://github.com/ammaraskar/eslint-injected-proptypes"
      },
      instawork: {
        repository: "https://github.com/Instawork/eslint-plugin-instawork"
      },
      "instructure-ui": {
        repository: "https://github.com/instructure/instructure-ui"
      },
      interfaced: {
        repository: "https://github.com/interfaced/eslint-plugin-interfaced"
      },
      ioc: {
        repository: "https://github.com/amaro0/eslint-plugin-ioc"
      },
      "ionic-tappable": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-ionic-tappable"
      },
      irm: {
        repository: "https://github.com/hadeshe93/eslint-plugin-irm"
      },
      iruhl: {
        repository: "https://github.com/LeadingLight/eslint-plugin-iruhl"
      },
      isaacscript: {
        repository: "https://github.com/IsaacScript/isaacscript"
      },
      isml: {
        repository: "https://github.com/Neskromny/eslint-plugin-isml"
      },
      isotropic: {
        repository: "https://github.com/ibi-group/eslint-plugin-isotropic"
      },
      istanbul: {
        repository: "https://github.com/istanbuljs/eslint-plugin-istanbul"
      },
      itgalaxy: {
        repository: "https://github.com/itgalaxy/eslint-plugin-itgalaxy"
      },
      ja: {
        repository: "https://github.com/mysticatea/eslint-plugin-ja"
      },
      "jacobsmith-custom": {
        repository: "https://github.com/jacobsmith/jacobsmith-eslint-plugins"
      },
      jam3: {
        repository: "https://github.com/Jam3/eslint-plugin-jam3"
      },
      jane: {
        repository: "https://github.com/jane/eslint-plugin-jane"
      },
      jasmine: {
        docs: "https://github.com/tlvince/eslint-plugin-jasmine/blob/master/docs/rules/",
        repository: "https://github.com/tlvince/eslint-plugin-jasmine"
      },
      "jasmine-jquery": {
        repository: "https://github.com/xxnatc/eslint-plugin-jasmine-jquery"
      },
      jest: {
        docs: "https://github.com/jest-community/eslint-plugin-jest/blob/main/docs/rules/",
        repository: "https://github.com/jest-community/eslint-plugin-jest"
      },
      "jest-dom": {
        docs: "https://github.com/testing-library/eslint-plugin-jest-dom/blob/main/docs/rules/",
        repository: "https://github.com/testing-library/eslint-plugin-jest-dom"
      },
      "jest-extended": {
        repository: "https://github.com/mattphillips/eslint-plugin-jest-extended"
      },
      "jest-formatting": {
        docs: "https://github.com/dangreenisrael/eslint-plugin-jest-formatting/blob/master/docs/rules/",
        repository: "https://github.com/dangreenisrael/eslint-plugin-jest-formatting"
      },
      "jest-playwright": {
        repository: "https://github.com/mxschmitt/eslint-plugin-playwright"
      },
      "jest-react": {
        repository: "https://github.com/Codecademy/eslint-plugin-jest-react"
      },
      jestx: {
        repository: "https://github.com/benmonro/eslint-plugin-jest"
      },
      jinja: {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      jinja2: {
        repository: "https://github.com/alexkuz/eslint-plugin-jinja"
      },
      "jinja2-processor": {
        repository: "https://github.com/paulhfischer/eslint-plugin-jinja2-processor"
      },
      "jira-ticket-todo-comment": {
        repository: "https://github.com/bamboechop/eslint-plugin-jira-ticket-todo-comment"
      },
      "jira-ticket-todos": {
        repository: "https://github.com/Adam-Schlichtmann/jira-ticket-todos"
      },
      jmacs: {
        repository: "https://github.com/blake-regalia/jmacs.js"
      },
      joyent: {
        repository: "https://github.com/joyent/node-eslint-plugin-joyent"
      },
      jquery: {
        repository: "https://github.com/dgraham/eslint-plugin-jquery"
      },
      "jquery-selectors": {
        repository: "https://github.com/rardoz/eslint-plugin-jquery-selectors"
      },
      "jquery-unsafe": {
        repository: "https://github.com/cdd/eslint-plugin-jquery-unsafe"
      },
      jsapps: {
        repository: "https://github.com/ideadapt/eslint-plugin-jsapps"
      },
      jsbox: {
        repository: "https://github.com/EqualMa/eslint-plugin-jsbox"
      },
      jsdoc: {
        repository: "https://github.com/gajus/eslint-plugin-jsdoc"
      },
      "jsdoc-ex": {
        repository: "https://github.com/gajus/eslint-plugin-jsdoc"
      },
      "jsdom-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      jsfix: {
        repository: "https://github.com/Digyter/eslint-plugin-jsfix"
      },
      jshow: {
        repository: "https://github.com/j-show/eslint-plugin-jshow"
      },
      json: {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "json-beta": {
        repository: "https://github.com/azeemba/eslint-plugin-json"
      },
      "json-es": {
        repository: "https://github.com/zeitport/eslint-plugin-json-es"
      },
      "json-files": {
        repository: "https://github.com/kellyselden/eslint-plugin-json-files"
      },
      "json-format": {
        repository: "https://github.com/bkucera/eslint-plugin-json-format"
      },
      "json-light-pmb": {
        repository: "https://github.com/mk-pmb/eslint-plugin-json-light-pmb"
      },
      "json-lite": {
        repository: "https://github.com/jacob-israel-turner/eslint-plugin-json-lite"
      },
      "json-processor": {
        repository: "https://github.com/doochik/eslint-plugin-json-processor"
      },
      "json-schema-validator": {
        docs: "https://github.com/ota-meshi/eslint-plugin-json-schema-validator/blob/main/docs/rules/",
        repository: "https://github.com/ota-meshi/eslint-plugin-json-schema-validator"
      },
      json5: {
        repository: "https://github.com/bayesimpact/eslint-plugin-json5"
      },
      jsonc: {
        repository: "https://github.com/ota-meshi/eslint-plugin-jsonc"
      },
      jsort: {
        repository: "https://github.com/nate-wilkins/eslint-plugin-jsort"
      },
      jsspec: {
        repository: "https://github.com/JSSpec/eslint-plugin-jsspec"
      },
      jsx: {
        repository: "https://github.com/jkroso/eslint-plugin-jsx"
      },
      "jsx-a11y": {
        docs: "https://github.com/jsx-eslint/eslint-plugin-jsx-a11y/blob/main/docs/rules/",
        repository: "https://github.com/jsx-eslint/eslint-plugin-jsx-a11y"
      },
      "jsx-conditional": {
        repository: "https://github.com/luisadame/eslint-plugin-jsx-conditional"
      },
      "jsx-conditionals": {
        repository: "https://github.com/julianburr/eslint-plugin-jsx-conditionals"
      },
      "jsx-control-statements": {
        repository: "https://github.com/vkbansal/eslint-plugin-jsx-control-statements"
      },
      "jsx-dollar": {
        repository: "https://github.com/kyoncy/eslint-plugin-jsx-dollar"
      },
      "jsx-expressions": {
        repository: "https://github.com/hpersson/eslint-plugin-jsx-expressions"
      },
      "jsx-falsy": {
        repository: "https://github.com/jeremy-deutsch/eslint-plugin-jsx-falsy"
      },
      "jsx-helpers": {
        repository: "https://github.com/DmitriyNikolenko/eslint-plugin-jsx-helpers"
      },
      "jsx-img-no-referrer": {
        repository: "https://github.com/darwintantuco/eslint-plugin-jsx-img-no-referrer"
      },
      jsxspacing: {
        repository: "https://github.com/alexbird/eslint-plugin-jsxspacing"
      },
      julius: {
        repository: "https://github.com/ncaq/eslint-plugin-julius"
      },
      k4ntin: {
        repository: "https://github.com/k4ntin/eslint-plugin-k4ntin"
      },
      kaola: {
        repository: "https://github.com/Deol/eslint-plugin-kaola"
      },
      kavak: {
        repository: "https://github.com/npm/security-holder"
      },
      "kdu-libs": {
        repository: "https://github.com/khanhduy1407/eslint-plugin-kdu-libs"
      },
      kengoldfarb: {
        repository: "https://github.com/kengoldfarb/lint"
      },
      kiwicom: {
        repository: "https://github.com/kiwicom/eslint-plugin-kiwicom"
      },
      knex: {
        repository: "https://github.com/antonniklasson/eslint-plugin-knex"
      },
      koot: {
        repository: "https://github.com/cmux/koot-eslint"
      },
      korolint: {
        repository: "https://github.com/OBKoro1/eslint-plugin-koro-create"
      },
      kyt: {
        repository: "https://github.com/nytimes/kyt"
      },
      lab: {
        repository: "https://github.com/rankida/eslint-plugin-lab"
      },
      "lambda-calculus": {
        repository: "https://github.com/david-davidson/eslint-plugin-lambda-calculus"
      },
      langs: {
        repository: "https://github.com/infodusha/eslint-plugin-langs"
      },
      "lazy-load": {
        repository: "https://github.com/frankie0917/eslint-plugin-lazy-load"
      },
      "lcb-mini": {
        repository: "https://github.com/douzi8/eslint-plugin-lcb-mini"
      },
      lcom: {
        repository: "https://github.com/FujiHaruka/eslint-plugin-lcom"
      },
      "lean-imports": {
        repository: "https://github.com/eslint-plugins/eslint-plugin-lean-imports"
      },
      leboncoin: {
        repository: "https://github.com/leboncoin/frontend-web-tools/tree/master"
      },
      letemplate: {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      levitate: {
        repository: "https://github.com/ThisIsManta/eslint-plugin-levitate"
      },
      "license-header": {
        repository: "https://github.com/nikku/eslint-plugin-license-header"
      },
      "lightning-components": {
        repository: "https://github.com/reiniergs/eslint-plugin-lightning-components"
      },
      "link-slash-end": {
        repository: "https://github.com/HaganHan/eslint-plugin-link-slash-end"
      },
      linklink: {
        repository: "https://github.com/Java-http/eslint-plugin-linklink"
      },
      lint: {
        repository: "https://github.com/zertosh/eslint-plugin-lint"
      },
      "lint-md": {
        repository: "https://github.com/lint-md/eslint-plugin-lint-md"
      },
      listeners: {
        repository: "https://github.com/foad/eslint-plugin-listeners"
      },
      lit: {
        repository: "https://github.com/43081j/eslint-plugin-lit"
      },
      "lit-a11y": {
        repository: "https://github.com/open-wc/open-wc"
      },
      "literal-blacklist": {
        repository: "https://github.com/kyaido/eslint-plugin-literal-blacklist"
      },
      "literal-check": {
        repository: "https://github.com/youngjuning/eslint-plugin-literal-check"
      },
      "literal-checker": {
        repository: "https://github.com/youngjuning/eslint-plugin-literal-checker"
      },
      "loadable-component": {
        repository: "https://github.com/miqdadfwz/eslint-plugin-loadable-component"
      },
      local: {
        repository: "https://github.com/taskworld/eslint-plugin-local"
      },
      "local-rules": {
        repository: "https://github.com/cletusw/eslint-plugin-local-rules"
      },
      lodash: {
        docs: "https://github.com/wix/eslint-plugin-lodash/blob/master/docs/rules/",
        repository: "https://github.com/wix/eslint-plugin-lodash"
      },
      "lodash-f": {
        repository: "https://github.com/AndreaPontrandolfo/eslint-plugin-lodash"
      },
      "lodash-fp": {
        repository: "https://github.com/jfmengels/eslint-plugin-lodash-fp"
      },
      "lodash-magic-import": {
        repository: "https://github.com/bitsnap/eslint-plugin-lodash-magic-import"
      },
      "lodash-restrictions": {
        repository: "https://github.com/idesi/eslint-plugin-lodash-restrictions"
      },
      "lodash-template": {
        repository: "https://github.com/ota-meshi/eslint-plugin-lodash-template"
      },
      "lodash-tree-shakeable-import": {
        repository: "https://github.com/natterstefan/eslint-plugin-lodash-tree-shakeable-import"
      },
      loft: {
        repository: "https://github.com/Loft-Brasil/eslint-plugin-loft"
      },
      log: {
        repository: "https://github.com/omrilotan/eslint-plugin-log"
      },
      "log-filenames": {
        repository: "https://github.com/justlep/eslint-plugin-log-filenames"
      },
      "log-linter": {
        repository: "https://github.com/michael5891/eslint-plugin-log-linter"
      },
      logdna: {
        repository: "https://github.com/logdna/eslint-plugin-logdna"
      },
      lola: {
        repository: "https://github.com/lolatravel/eslint-plugin-lola"
      },
      "lookbehind-assertions": {
        repository: "https://github.com/takuya-nakayasu/eslint-plugin-lookbehind-assertions"
      },
      loyaltylion: {
        repository: "https://github.com/loyaltylion/eslint-plugin-loyaltylion"
      },
      "lucky-monkey": {
        repository: "https://github.com/borenXue/eslint-plugin-lucky-monkey"
      },
      lvksh: {
        repository: "https://github.com/lvkdotsh/javascript"
      },
      lwc: {
        repository: "https://github.com/npm/security-holder"
      },
      "lwintch-wyze": {
        repository: "https://github.com/lwintch/eslint-plugin-wyze"
      },
      m99coder: {
        repository: "https://github.com/m99coder/eslint-plugin-m99coder"
      },
      magicdawn: {
        repository: "https://github.com/magicdawn/eslint-plugin-magicdawn"
      },
      makestyles: {
        repository: "https://github.com/madflanderz/eslint-plugin-makestyles"
      },
      markdown: {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "markdown-antd": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      "markdown-runkit": {
        repository: "https://github.com/eslint/eslint-plugin-markdown"
      },
      markup: {
        repository: "https://github.com/rx-ts/eslint"
      },
      "markup-replace": {
        repository: "https://github.com/xsjohn0306/eslint-plugin-markup-replace"
      },
      maru: {
        repository: "https://github.com/jshan2017/eslint-plugin-maru"
      },
      "material-ui-dkadrios": {
        repository: "https://github.com/mui-org/material-ui"
      },
      "material-ui-unused-classes": {
        repository: "https://github.com/jens-ox/eslint-plugin-material-ui-unused-classes"
      },
      "matrix-org": {
        repository: "https://github.com/matrix-org/eslint-config-matrix-org"
      },
      mattermost: {
        repository: "https://github.com/npm/security-holder"
      },
      mavenlint: {
        repository: "https://github.com/mavenlink/mavenlint"
      },
      "max-comments-per-function": {
        repository: "https://github.com/miangraham/eslint-plugin-max-comments-per-function"
      },
      "max-len-2": {
        repository: "https://github.com/andreineculau/eslint-plugin-max-len-2"
      },
      "max-methods-per-class": {
        repository: "https://github.com/mawrkus/eslint-plugin-max-methods-per-class"
      },
      "max-params-no-constructor": {
        repository: "https://github.com/paulomenezes/max-params-no-constructor"
      },
      mayaka: {
        repository: "https://github.com/g-plane/eslint-plugin-mayaka"
      },
      md: {
        repository: "https://github.com/leo-buneev/eslint-plugin-md"
      },
      mdx: {
        repository: "https://github.com/mdx-js/eslint-mdx"
      },
      "mdx-patch": {
        repository: "https://github.com/ianlet/eslint-plugin-mdx-patch"
      },
      mediawiki: {
        repository: "https://github.com/wikimedia/eslint-plugin-mediawiki"
      },
      meetup: {
        repository: "https://github.com/meetup/eslint-plugin-meetup"
      },
      meow: {
        repository: "https://github.com/coderzhaoziwei/eslint-plugin-meow"
      },
      metafizzy: {
        repository: "https://github.com/metafizzy/eslint-plugin-metafizzy"
      },
      meteor: {
        repository: "https://github.com/dferber90/eslint-plugin-meteor"
      },
      miniprogram: {
        repository: "https://github.com/airbnb/eslint-plugin-miniprogram"
      },
      minxing: {
        repository: "https://github.com/stuartZhang/eslint-plugin-minxing"
      },
      mirego: {
        repository: "https://github.com/mirego/eslint-plugin-mirego"
      },
      mishguru: {
        repository: "https://github.com/mishguruorg/eslint-plugin-mishguru"
      },
      mistertemp: {
        repository: "https://github.com/lzientek/eslint-plugin-mistertemp"
      },
      "mix-lang": {
        repository: "https://github.com/Jogyly/mix-lang"
      },
      mizyind: {
        repository: "https://github.com/miZyind/eslint-plugin-mizyind"
      },
      mobx: {
        repository: "https://github.com/mobxjs/mobx"
      },
      "mobx-computed-getters": {
        repository: "https://github.com/kubk/eslint-plugin-mobx-computed-getters"
      },
      "mobx-observer-checker": {
        repository: "https://github.com/mkupriichuk/eslint-plugin-mobx-observer-checker"
      },
      mocha: {
        docs: "https://github.com/lo1tuma/eslint-plugin-mocha/blob/master/docs/rules/",
        repository: "https://github.com/lo1tuma/eslint-plugin-mocha"
      },
      "mocha-cleanup": {
        repository: "https://github.com/onechiporenko/eslint-plugin-mocha-cleanup"
      },
      "mocha-no-only": {
        repository: "https://github.com/lewazo/eslint-mocha-no-only"
      },
      modulajs: {
        repository: "https://github.com/freewheel/eslint-plugin-modulajs"
      },
      module: {
        repository: "https://github.com/raxjs/rax-scripts"
      },
      "module-name": {
        repository: "https://github.com/iambrandonn/eslint-plugin-module-name"
      },
      "module-resolver": {
        repository: "https://github.com/HeroProtagonist/eslint-plugin-module-resolver"
      },
      "modules-newline": {
        repository: "https://github.com/gmsorrow/eslint-plugin-modules-newline"
      },
      "modules-newline-fixed": {
        repository: "https://github.com/CyberWalrus/eslint-plugin-modules-newline"
      },
      "modules-newline2": {
        repository: "https://github.com/gmsorrow/eslint-plugin-modules-newline"
      },
      "modules-newlines": {
        repository: "https://github.com/ruudandriessen/eslint-plugin-modules-newline"
      },
      moment: {
        repository: "https://github.com/geranton93/eslint-plugin-moment"
      },
      "moment-timezone": {
        repository: "https://github.com/hollandmatt/eslint-plugin-moment-timezone"
      },
      momentjs: {
        repository: "https://github.com/schnaser/eslint-plugin-momentjs"
      },
      "mongo-projection": {
        repository: "https://github.com/kaizendorks/eslint-plugin-mongo-projection"
      },
      mongodb: {
        repository: "https://github.com/nfroidure/eslint-plugin-mongodb"
      },
      "mongodb-server": {
        repository: "https://github.com/visemet/eslint-plugin-mongodb-server"
      },
      monorepo: {
        repository: "https://github.com/azz/eslint-plugin-monorepo"
      },
      "monorepo-cop": {
        repository: "https://github.com/sterlingwes/eslint-plugin-monorepo-cop"
      },
      more: {
        repository: "https://github.com/WebbyLab/eslint-plugin-more"
      },
      "more-naming-conventions": {
        repository: "https://github.com/TheKoopaKingdom/eslint-plugin-more-naming-conventions"
      },
      "more-naming-conventions-leading-underscore": {
        repository: "https://github.com/alex-zissis/eslint-plugin-more-naming-conventions"
      },
      "move-files": {
        repository: "https://github.com/JamieMason/eslint-plugin-move-files"
      },
      moxio: {
        repository: "https://github.com/Moxio/eslint-plugin-moxio"
      },
      mp: {
        repository: "https://github.com/mp-components/eslint-plugin-mp"
      },
      mpirik: {
        repository: "https://github.com/mpirik/eslint-plugin-mpirik"
      },
      mpx: {
        repository: "https://github.com/mpx-ecology/eslint-plugin-mpx"
      },
      mui: {
        repository: "https://github.com/rafaelgomesxyz/eslint-plugin-mui"
      },
      "mui-unused-classes": {
        repository: "https://github.com/jens-ox/eslint-plugin-material-ui-unused-classes"
      },
      muralco: {
        repository: "https://github.com/muralco/eslint-plugin-muralco"
      },
      muriki: {
        repository: "https://github.com/Moeriki/eslint-plugin-muriki"
      },
      "must-use-await": {
        repository: "https://github.com/mikemaccana/eslint-plugin-must-use-await"
      },
      myself: {
        repository: "https://github.com/kangkai124/eslint-plugin-myself"
      },
      mysticatea: {
        repository: "https://github.com/mysticatea/eslint-plugin"
      },
      n: {
        repository: "https://github.com/weiran-zsd/eslint-plugin-node"
      },
      "n8n-nodes-base": {
        repository: "https://github.com/ivov/eslint-plugin-n8n-nodes-base"
      },
      nada: {
        repository: "https://github.com/leonardoanalista/eslint-plugin-nada"
      },
      "named-unassigned-functions": {
        repository: "https://github.com/ValYouW/eslint-plugin-named-unassigned-functions"
      },
      nanachi: {
        repository: "https://github.com/shaoyudong/eslint-plugin-nanachi"
      },
      "native-ie": {
        repository: "https://github.com/yskszk63/eslint-plugin-native-ie"
      },
      "native-over-lodash": {
        repository: "https://github.com/Coobaha/eslint-plugin-native-over-lodash"
      },
      "nebulas-contract": {
        repository: "https://github.com/xingyunwork/eslint-plugin-nebulas-contract"
      },
      nestjs: {
        repository: "https://github.com/unlight/eslint-plugin-nestjs"
      },
      "nestjs-framework": {
        repository: "https://github.com/wisedog/eslint-plugin-nestjs-framework"
      },
      neverthrow: {
        repository: "https://github.com/mdbetancourt/eslint-plugin-nevethrow"
      },
      "new-line-before-if": {
        repository: "https://github.com/nisshii0313/eslint-plugin-new-line-before-if"
      },
      "new-with-error": {
        repository: "https://github.com/Trott/eslint-plugin-new-with-error"
      },
      newline: {
        repository: "https://github.com/Joon1313/eslint-plugin-newline"
      },
      "newline-after-if-condition": {
        repository: "https://github.com/marcosc90/eslint-plugin-newline-after-if-condition"
      },
      "newline-before-paren": {
        repository: "https://github.com/pat841/eslint-plugin-newline-before-paren"
      },
      "newline-destructuring": {
        repository: "https://github.com/urielvan/eslint-plugin-newline-destructuring"
      },
      "ng-test-identifier": {
        repository: "https://github.com/MindesignGCV/test-identifier"
      },
      ngrx: {
        repository: "https://github.com/timdeschryver/eslint-plugin-ngrx"
      },
      "ngx-eslint": {
        repository: "https://github.com/phhien203/eslint-plugin-ngx-eslint"
      },
      "ngxs-style-guide": {
        repository: "https://github.com/unlight/eslint-plugin-ngxs-style-guide"
      },
      "nkgrnkgr-react": {
        repository: "https://github.com/nkgrnkgr/eslint-plugin-nkgrnkgr-react"
      },
      nnimetz: {
        repository: "https://github.com/NicolasNimetz/eslint-plugin-nnimetz"
      },
      "no-allow-react-context": {
        repository: "https://github.com/azu/eslint-plugin-no-allow-react-context"
      },
      "no-ambiguous": {
        repository: "https://github.com/eight04/eslint-plugin-no-ambiguous"
      },
      "no-anonymous-functions": {
        repository: "https://github.com/preacherxp/eslint-plugin-no-anonymous-functions"
      },
      "no-array-any": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-array-any"
      },
      "no-array-concat": {
        repository: "https://github.com/mkpoli/eslint-plugin-no-array-concat"
      },
      "no-array-reduce": {
        repository: "https://github.com/mkosir/eslint-plugin-no-array-reduce"
      },
      "no-arrow-labels": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-no-arrow-labels"
      },
      "no-arrow-this": {
        repository: "https://github.com/wentout/eslint-plugin-no-arrow-this"
      },
      "no-async": {
        repository: "https://github.com/yoavniran/eslint-plugin-no-async"
      },
      "no-async-without-await": {
        repository: "https://github.com/zertosh/eslint-plugin-no-async-without-await"
      },
      "no-autofix": {
        repository: "https://github.com/aladdin-add/eslint-plugin/tree/master"
      },
      "no-await-async-call": {
        repository: "https://github.com/christensson/eslint-plugin-no-await-async-call"
      },
      "no-bad-naming-variables": {
        repository: "https://github.com/kovboyjder/eslint-no-bad-naming"
      },
      "no-block-comments": {
        repository: "https://github.com/alex-shnayder/eslint-plugin-no-empty-blocks"
      },
      "no-call": {
        repository: "https://github.com/igat64/eslint-plugin-no-call"
      },
      "no-catch-all": {
        repository: "https://github.com/MrLoh/eslint-plugin-no-catch-all"
      },
      "no-catch-destructuring": {
        repository: "https://github.com/tizmagik/eslint-plugin-no-catch-destructuring"
      },
      "no-class": {
        repository: "https://github.com/emmenko/eslint-plugin-no-class"
      },
      "no-classname-with-stylename": {
        repository: "https://github.com/bendtherules/eslint-plugin-no-classname-with-stylename"
      },
      "no-comments": {
        repository: "https://github.com/wisniewski94/eslint-plugin-no-comments"
      },
      "no-compound-assigned-await": {
        repository: "https://github.com/PJWalker/eslint-plugin-no-compound-assigned-await"
      },
      "no-confusing-arrow": {
        repository: "https://github.com/jasperck/eslint-plugin-no-confusing-arrow"
      },
      "no-constructor-bind": {
        docs: "https://github.com/markalfred/eslint-plugin-no-constructor-bind/blob/master/docs/rules/",
        repository: "https://github.com/markalfred/eslint-plugin-no-constructor-bind"
      },
      "no-constructor-bind-no-fix": {
        repository: "https://github.com/Hastaroth1/eslint-plugin-no-constructor-bind"
      },
      "no-copy-paste-default-export": {
        repository: "https://github.com/buildo/eslint-plugin-no-copy-paste-default-export"
      },
      "no-credentials": {
        repository: "https://github.com/oprogramador/eslint-plugin-no-credentials"
      },
      "no-cyrillic-string": {
        repository: "https://github.com/eprincev-egor/no-cyrillic-string"
      },
      "no-dangerous": {
        repository: "https://github.com/arx-8/eslint-plugin-no-dangerous"
      },
      "no-date-parsing": {
        repository: "https://github.com/amzn/eslint-plugin-no-date-parsing"
      },
      "no-deprecated-variable": {
        repository: "https://github.com/frichti/eslint-plugin-no-deprecated-variable"
      },
      "no-dupe-class-fields": {
        repository: "https://github.com/Macil/eslint-plugin-no-dupe-class-fields"
      },
      "no-editor-code": {
        repository: "https://github.com/lukebelliveau/eslint-plugin-no-editor-code"
      },
      "no-empty-disable": {
        repository: "https://github.com/edwardpayton/eslint-plugin-no-empty-disable"
      },
      "no-empty-statement": {
        repository: "https://github.com/zhanzhenzhen/eslint-plugin-no-empty-statement"
      },
      "no-es2015": {
        repository: "https://github.com/NatureFeng/eslint-plugin-no-es2015"
      },
      "no-eslint-disable": {
        repository: "https://github.com/unlight/eslint-plugin-no-eslint-disable"
      },
      "no-except": {
        repository: "https://github.com/ryan-rushton/eslint-plugin-no-except"
      },
      "no-expectsaga-without-return": {
        repository: "https://github.com/mmakarin/eslint-plugin-no-expectSaga-without-return"
      },
      "no-explicit-type-exports": {
        repository: "https://github.com/intuit/eslint-plugin-no-explicit-type-exports"
      },
      "no-extension-in-require": {
        repository: "https://github.com/pdubroy/eslint-plugin-no-extension-in-require"
      },
      "no-floating-promise": {
        repository: "https://github.com/SebastienGllmt/eslint-plugin-no-floating-promise"
      },
      "no-for-loop": {
        repository: "https://github.com/AkifumiSato/eslint-plugin-no-for-loop"
      },
      "no-for-of-loops": {
        repository: "https://github.com/dharFr/eslint-plugin-no-for-of-loops"
      },
      "no-foreach": {
        repository: "https://github.com/flying-sheep/eslint-plugin-no-foreach"
      },
      "no-func-space": {
        repository: "https://github.com/Jxck/eslint-plugin-no-func-space"
      },
      "no-function-declare-after-return": {
        repository: "https://github.com/bhumijgupta/eslint-plugin-no-function-declare-after-return"
      },
      "no-generic-identifier": {
        repository: "https://github.com/d7my11/eslint-plugin-no-generic-identifier"
      },
      "no-global-lodash": {
        repository: "https://github.com/adalbertoteixeira/eslint-plugin-no-global-lodash"
      },
      "no-http-protocol": {
        repository: "https://github.com/pstephenwille/no-http-protocol"
      },
      "no-hyogo-police": {
        repository: "https://github.com/pipboy3000/eslint-plugin-no-hyogo-police"
      },
      "no-if-not": {
        repository: "https://github.com/bakkot/eslint-plugin-no-if-not"
      },
      "no-implicit-map-set-loops": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-implicit-map-set-loops"
      },
      "no-implicit-side-effects": {
        repository: "https://github.com/jussi-kalliokoski/eslint-plugin-no-implicit-side-effects"
      },
      "no-inferred-method-name": {
        repository: "https://github.com/johnstonbl01/eslint-no-inferred-method-name"
      },
      "no-inline-styles": {
        repository: "https://github.com/nmanthena18/eslint-no-inline-styles"
      },
      "no-jp": {
        repository: "https://github.com/K-Sato1995/eslint-plugin-no-jp"
      },
      "no-jquery": {
        repository: "https://github.com/wikimedia/eslint-plugin-no-jquery"
      },
      "no-js": {
        repository: "https://github.com/chicoxyzzy/eslint-plugin-no-js"
      },
      "no-kebab-case-props": {
        repository: "https://github.com/JofArnold/eslint-plugin-no-kebab-case-props"
      },
      "no-let-any": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-let-any"
      },
      "no-link-component": {
        repository: "https://github.com/julienben/eslint-plugin-no-link-component"
      },
      "no-lookahead-lookbehind-regexp": {
        repository: "https://github.com/JonasBa/eslint-plugin-no-lookahead-lookbehind-regexp"
      },
      "no-loops": {
        repository: "https://github.com/buildo/eslint-plugin-no-loops"
      },
      "no-memo-displayname": {
        repository: "https://github.com/patrykkopycinski/eslint-plugin-no-memo-displayname"
      },
      "no-mixed-operators": {
        repository: "https://github.com/kevin940726/eslint-plugin-no-mixed-operators"
      },
      "no-named-imports": {
        repository: "https://github.com/gabemeola/eslint-plugin-no-named-imports"
      },
      "no-named-test-function": {
        repository: "https://github.com/sglord/eslint-plugin-no-named-test-function"
      },
      "no-named-test-functions": {
        repository: "https://github.com/sglord/eslint-plugin-no-named-test-functions"
      },
      "no-not-accumulator-reassign": {
        repository: "https://github.com/mathieudutour/eslint-plugin-no-not-accumulator-reassign"
      },
      "no-null": {
        repository: "https://github.com/nene/eslint-plugin-no-null"
      },
      "no-one-time-vars": {
        repository: "https://github.com/Bas950/eslint-plugin-no-one-time-vars"
      },
      "no-only-tests": {
        repository: "https://github.com/levibuzolic/eslint-plugin-no-only-tests"
      },
      "no-process-lint": {
        repository: "https://github.com/xyl66/eslint-plugin-no-process"
      },
      "no-react-component-snapshots": {
        repository: "https://github.com/rileygowan/eslint-plugin-no-react-component-snapshots"
      },
      "no-react-scope-bound-assignment": {
        repository: "https://github.com/betaorbust/eslint-plugin-no-react-scope-bound-assignment"
      },
      "no-recursion": {
        repository: "https://github.com/simon-andrews/eslint-plugin-no-recursion"
      },
      "no-regex-dot": {
        repository: "https://github.com/vitalif/eslint-plugin-no-regex-dot"
      },
      "no-relative-import-paths": {
        repository: "https://github.com/MelvinVermeer/eslint-plugin-no-relative-import-paths"
      },
      "no-relative-parent-require": {
        repository: "https://github.com/ersel/eslint-plugin-no-relative-parent-require"
      },
      "no-require-self-ref": {
        repository: "https://github.com/austinkelleher/eslint-plugin-no-require-self-ref"
      },
      "no-return": {
        repository: "https://github.com/boiyaa/eslint-plugin-no-return"
      },
      "no-secrets": {
        repository: "https://github.com/nickdeis/eslint-plugin-no-secrets"
      },
      "no-shit": {
        repository: "https://github.com/jakubsadura/eslint-plugin-no-shit"
      },
      "no-skip-tests": {
        repository: "https://github.com/romaingaillardjs/eslint-plugin-no-skip-tests"
      },
      "no-smart-quotes": {
        repository: "https://github.com/seleb/eslint-plugin-no-smart-quotes"
      },
      "no-snapshot-testing": {
        repository: "https://github.com/VicJer/eslint-plugin-no-snapshot-testing"
      },
      "no-snapshots": {
        repository: "https://github.com/Johannesklint/eslint-plugin-snapshots"
      },
      "no-string": {
        repository: "https://github.com/yangjiagongzi/eslint-plugin-no-string"
      },
      "no-string-in-jsx": {
        repository: "https://github.com/kdnk/eslint-plugin-no-string-in-jsx"
      },
      "no-template-curly-in-string-fix": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-template-curly-in-string-fix"
      },
      "no-this-in-jsx-component-name": {
        repository: "https://github.com/julienben/eslint-plugin-no-this-in-jsx-component-name"
      },
      "no-type-assertion": {
        repository: "https://github.com/Dremora/eslint-plugin-no-type-assertion"
      },
      "no-undef-class-this": {
        repository: "https://github.com/langdonx/eslint-plugin-no-undef-class-this"
      },
      "no-unsafe-chars": {
        repository: "https://github.com/DerZyklop/eslint-plugin-no-unsafe-chars"
      },
      "no-unused-code": {
        repository: "https://github.com/oaltman/eslint-plugin-no-unused-code"
      },
      "no-unused-expressions": {
        repository: "https://github.com/clark800/eslint-plugin-no-unused-expressions"
      },
      "no-unused-vars-rest": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-no-unused-vars-rest"
      },
      "no-use-extend-native": {
        repository: "https://github.com/dustinspecker/eslint-plugin-no-use-extend-native"
      },
      "no-useless-assign": {
        repository: "https://github.com/erikdesjardins/eslint-plugin-no-useless-assign"
      },
      "no-useless-const": {
        repository: "https://github.com/p7g/eslint-plugin-no-useless-const"
      },
      "no-var-reassign": {
        repository: "https://github.com/jacksonrayhamilton/eslint-plugin-no-var-reassign"
      },
      "no-void-return-type": {
        repository: "https://github.com/Zamiell/eslint-plugin-no-void-return-type"
      },
      "no-vue": {
        repository: "https://github.com/avdeev/eslint-plugin-no-vue"
      },
      node: {
        docs: "https://github.com/mysticatea/eslint-plugin-node/blob/master/docs/rules/",
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-dependencies": {
        repository: "https://github.com/ota-meshi/eslint-plugin-node-dependencies"
      },
      "node-devinrhode2": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-papandreou": {
        repository: "https://github.com/mysticatea/eslint-plugin-node"
      },
      "node-roikoren": {
        repository: "https://github.com/roikoren755/eslint-plugin-node"
      },
      "node-security-rules": {
        repository: "https://github.com/lirantal/eslint-plugin-security"
      },
      nodejs: {
        repository: "https://github.com/geek/eslint-plugin-nodejs"
      },
      noko: {
        repository: "https://github.com/doronwix/eslint-plugin-noko"
      },
      nolint: {
        repository: "https://github.com/HaoChuan9421/eslint-plugin-nolint"
      },
      nommon: {
        repository: "https://github.com/doochik/eslint-plugin-nommon"
      },
      "nonoptimal-innerhtml": {
        repository: "https://github.com/oxfist/eslint-plugin-nonoptimal-innerhtml"
      },
      nop: {
        repository: "https://github.com/pasaran/eslint-plugin-nop"
      },
      nosettimeout: {
        repository: "https://github.com/eva1963/eslint-plugin-noSetimeoutTime"
      },
      notice: {
        repository: "https://github.com/nickdeis/eslint-plugin-notice"
      },
      nova: {
        repository: "https://github.com/panicinc/eslint-plugin-nova"
      },
      "number-literal-case": {
        repository: "https://github.com/kyriacos/eslint-plugin-number-literal-case"
      },
      nuxt: {
        docs: "https://github.com/nuxt/eslint-plugin-nuxt/blob/master/docs/rules/",
        repository: "https://github.com/nuxt/eslint-plugin-nuxt"
      },
      nwronski: {
        repository: "https://github.com/nwronski/eslint-plugin"
      },
      ocd: {
        repository: "https://github.com/ciena-blueplanet/eslint-plugin-ocd"
      },
      "office-addins": {
        repository: "https://github.com/OfficeDev/Office-Addin-Scripts"
      },
      "old-c-programmer": {
        repository: "https://github.com/apowers313/eslint-plugin-old-c-programmer"
      },
      "only-error": {
        repository: "https://github.com/davidjbradshaw/eslint-plugin-only-error"
      },
      "only-var": {
        repository: "https://github.com/deecewan/eslint-plugin-only-var"
      },
      "only-warn": {
        repository: "https://github.com/bfanger/eslint-plugin-only-warn"
      },
      opensphere: {
        repository: "https://github.com/ngageoint/eslint-plugin-opensphere"
      },
      opinionated: {
        repository: "https://github.com/dogma-io/eslint-plugin-opinionated"
      },
      opipe: {
        repository: "https://github.com/peoro/eslint-plugin-opipe"
      },
      optimics: {
        repository: "https://github.com/optimics/eslint-config"
      },
      "optimize-regex": {
        docs: "https://github.com/BrainMaestro/eslint-plugin-optimize-regex/blob/master/docs/rules/",
        repository: "https://github.com/BrainMaestro/eslint-plugin-optimize-regex"
      },
      "optional-comma-spacing": {
        repository: "https://github.com/greggman/eslint-plugin-optional-comma-spacing"
      },
      "orbit-components": {
        repository: "https://github.com/kiwicom/orbit"
      },
      "orbit-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      "orbit-kotko": {
        repository: "https://github.com/npm/security-holder"
      },
      "ordered-grouped-import": {
        repository: "https://github.com/catchfashion/eslint-plugin-grouped-import"
      },
      "ordered-imports": {
        repository: "https://github.com/KyleMayes/eslint-plugin-ordered-imports"
      },
      "organize-imports": {
        repository: "https://github.com/sagiavinash/eslint-plugin-organize-imports"
      },
      oro: {
        repository: "https://github.com/laboro/eslint-plugin-oro"
      },
      p5js: {
        repository: "https://github.com/marksherman/eslint-plugin-p5js"
      },
      pabigot: {
        repository: "https://github.com/pabigot/eslint-plugin-pabigot"
      },
      "package-json-dependencies": {
        repository: "https://github.com/idan-at/eslint-plugin-package-json-dependencies"
      },
      "package-lock": {
        repository: "https://github.com/lucavb/eslint-plugin-package-lock"
      },
      padding: {
        repository: "https://github.com/mu-io/eslint-plugin-padding"
      },
      "parentheses-around-await": {
        repository: "https://github.com/yakovenkodenis/eslint-plugin-parentheses-around-await"
      },
      "parentheses-single-line-jsx": {
        repository: "https://github.com/lukasgjetting/eslint-plugin-parentheses-single-line-jsx"
      },
      path: {
        repository: "https://github.com/qDanik/eslint-plugin-path"
      },
      "path-alias": {
        repository: "https://github.com/msfragala/eslint-plugin-path-alias"
      },
      pathnames: {
        repository: "https://github.com/dvpnt/eslint-plugin-pathnames"
      },
      "patternfly-react": {
        repository: "https://github.com/patternfly/patternfly-react"
      },
      "patternfly-test": {
        repository: "https://github.com/patternfly/patternfly-react"
      },
      patternplate: {
        repository: "https://github.com/marionebl/eslint-plugin-patternplate"
      },
      pb: {
        repository: "https://github.com/npm/security-holder"
      },
      peace: {
        repository: "https://github.com/thoamsy/eslint-plugin-peace"
      },
      pedantor: {
        repository: "https://github.com/jnvm/eslint-plugin-pedantor"
      },
      peopleai: {
        repository: "https://github.com/behind-the-moon/eslint-plugin-peopleai"
      },
      "pep8-blank-lines": {
        repository: "https://github.com/othree/eslint-plugin-pep8-blank-lines"
      },
      perf: {
        repository: "https://github.com/amilajack/eslint-plugin-perf"
      },
      "perf-standard": {
        repository: "https://github.com/Raynos/eslint-plugin-perf-standard"
      },
      "personalized-recommended": {
        repository: "https://github.com/robint-liu/eslint-plugin-personalized-recommended"
      },
      "pg-sql": {
        repository: "https://github.com/benjie/eslint-plugin-pg-sql"
      },
      "php-markup": {
        repository: "https://github.com/tengattack/eslint-plugin-php-markup"
      },
      pii: {
        repository: "https://github.com/shiva-hack/eslint-plugin-pii"
      },
      plantain: {
        repository: "https://github.com/plantain-00/eslint-plugin-plantain"
      },
      playlyfe: {
        repository: "https://github.com/Mayank1791989/eslint-plugin-playlyfe"
      },
      playwright: {
        repository: "https://github.com/playwright-community/eslint-plugin-playwright"
      },
      plugintutorial: {
        repository: "https://github.com/allan2coder/eslint-plugin-plugintutorial"
      },
      "pocket-fluff": {
        repository: "https://github.com/betaorbust/eslint-plugin-pocket-fluff"
      },
      pokemon: {
        repository: "https://github.com/alessio-libardi/eslint-plugin-pokemon"
      },
      polymer: {
        repository: "https://github.com/stramel/eslint-plugin-polymer"
      },
      "polymer-components": {
        repository: "https://github.com/Comcast/eslint-plugin-polymer-components"
      },
      "pony-comments": {
        repository: "https://github.com/Revelation2019/eslint-plugin-pony-comments"
      },
      "postcss-modules": {
        repository: "https://github.com/bmatcuk/eslint-plugin-postcss-modules"
      },
      postro4no: {
        repository: "https://github.com/frontstall/eslint-plugin-postro4no"
      },
      "pragmatic-deprecate": {
        repository: "https://github.com/bhaskar20/pragmatic-deprecate"
      },
      "preact-i18n": {
        repository: "https://github.com/synacor/eslint-plugin-preact-i18n"
      },
      prebid: {
        repository: "https://github.com/npm/security-holder"
      },
      "prefer-arrow": {
        repository: "https://github.com/TristonJ/eslint-plugin-prefer-arrow"
      },
      "prefer-arrow-functions": {
        repository: "https://github.com/JamieMason/eslint-plugin-prefer-arrow-functions"
      },
      "prefer-import": {
        repository: "https://github.com/dferrazm/eslint-plugin-prefer-import"
      },
      "prefer-let": {
        repository: "https://github.com/thefrontside/javascript"
      },
      "prefer-number-isnan": {
        repository: "https://github.com/Chamion/eslint-plugin-prefer-number-isnan"
      },
      "prefer-smart-quotes": {
        repository: "https://github.com/totallymoney/eslint-plugin-prefer-smart-quotes"
      },
      "prefer-type-alias": {
        repository: "https://github.com/otofu-square/eslint-plugin-prefer-type-alias"
      },
      "preferred-import-path": {
        repository: "https://github.com/luisadame/eslint-plugin-preferred-import-path"
      },
      "prefix-types": {
        repository: "https://github.com/kwaimind/eslint-plugin-prefix-types"
      },
      prettier: {
        repository: "https://github.com/prettier/eslint-plugin-prettier"
      },
      "prettier-doc": {
        repository: "https://github.com/fisker/eslint-plugin-prettier-doc"
      },
      "prettier-eslint-plugin": {
        repository: "https://github.com/dmacdnld/prettier-eslint-webpack-plugin"
      },
      "prettier-internal-rules": {
        repository: "https://github.com/prettier/eslint-plugin-prettier-internal-rules"
      },
      "prettier-rules": {
        repository: "https://github.com/iambrandonn/eslint-plugin-prettier-rules"
      },
      "prettier-vue": {
        repository: "https://github.com/meteorlxy/eslint-plugin-prettier-vue"
      },
      "prettier-vue-scorpionknifes": {
        repository: "https://github.com/scorpionknifes/eslint-plugin-prettier-vue"
      },
      prettierx: {
        repository: "https://github.com/aMarCruz/eslint-plugin-prettierx"
      },
      prettiest: {
        repository: "https://github.com/eamodio/eslint-plugin-prettiest"
      },
      "primer-react": {
        repository: "https://github.com/primer/eslint-plugin-primer-react"
      },
      "private-variables": {
        repository: "https://github.com/shovon/javascript-private-variables"
      },
      progress: {
        repository: "https://github.com/zero-t4/eslint-plugin-progress"
      },
      promise: {
        docs: "https://github.com/xjamundx/eslint-plugin-promise/blob/master/docs/rules/",
        repository: "https://github.com/xjamundx/eslint-plugin-promise"
      },
      "promise-catch": {
        repository: "https://github.com/jakwuh/eslint-plugin-promise-catch"
      },
      promiseparams: {
        repository: "https://github.com/jden/eslint-plugin-promiseparams"
      },
      "prop-has-no-shadow-declaration": {
        repository: "https://github.com/tknysh/eslint-plugin-prop-has-no-shadow-declaration"
      },
      "prop-types-shorthand": {
        repository: "https://github.com/helixbass/eslint-plugin-prop-types-shorthand"
      },
      proposal: {
        repository: "https://github.com/peakchen90/eslint-plugin-proposal"
      },
      prototype: {
        repository: "https://github.com/noyobo/eslint-plugin-prototype"
      },
      "prototype-pollution-security-rules": {
        repository: "https://github.com/LewisArdern/eslint-plugin-prototype-pollution-security-rules"
      },
      protractor: {
        docs: "https://github.com/alecxe/eslint-plugin-protractor/blob/master/docs/rules/",
        repository: "https://github.com/alecxe/eslint-plugin-protractor"
      },
      pug: {
        repository: "https://github.com/myfreeweb/eslint-plugin-pug"
      },
      pulsovi: {
        repository: "https://github.com/pulsovi/eslint-config-pulsovi"
      },
      punctuation: {
        repository: "https://github.com/smanwaring/eslint-plugin-punctuation"
      },
      pureness: {
        repository: "https://github.com/rom-melnyk/eslint-plugin-pureness"
      },
      putout: {
        repository: "https://github.com/coderaiser/putout"
      },
      quasar: {
        repository: "https://github.com/quasarframework/eslint-plugin-quasar"
      },
      query: {
        repository: "https://github.com/brettz9/eslint-plugin-query"
      },
      "quick-prettier": {
        repository: "https://github.com/SalvatorePreviti/eslint-plugin-quick-prettier"
      },
      quintoandar: {
        repository: "https://github.com/quintoandar/eslint-config-quintoandar"
      },
      qunar: {
        repository: "https://github.com/zhongzhi107/eslint-plugin-qunar"
      },
      qunit: {
        docs: "https://github.com/platinumazure/eslint-plugin-qunit/blob/master/docs/rules/",
        repository: "https://github.com/platinumazure/eslint-plugin-qunit"
      },
      "qunit-dom": {
        repository: "https://github.com/simplabs/eslint-plugin-qunit-dom"
      },
      qwik: {
        repository: "https://github.com/BuilderIO/qwik"
      },
      radar: {
        repository: "https://github.com/es-joy/eslint-plugin-radar"
      },
      radargun: {
        repository: "https://github.com/dsfields/eslint-plugin-radargun"
      },
      rainbow: {
        repository: "https://github.com/nexxtway/eslint-plugin-rainbow"
      },
      ramda: {
        repository: "https://github.com/ramda/eslint-plugin-ramda"
      },
      rapid7: {
        repository: "https://github.com/rapid7/eslint-plugin-rapid7"
      },
      rax: {
        repository: "https://github.com/raxjs/rax-scripts"
      },
      razzle: {
        repository: "https://github.com/grasilife/eslint-plugin-razzle"
      },
      react: {
        docs: "https://github.com/jsx-eslint/eslint-plugin-react/blob/master/docs/rules/",
        repository: "https://github.com/jsx-eslint/eslint-plugin-react"
      },
      "react-app": {
        repository: "https://github.com/mmazzarolo/eslint-plugin-react-app"
      },
      "react-classname-sort": {
        repository: "https://github.com/agumy/eslint-plugin-react-classname-sort"
      },
      "react-compat": {
        repository: "https://github.com/dogma-io/eslint-plugin-react-compat"
      },
      "react-css-module-hints": {
        repository: "https://github.com/Bwca/eslint-plugin-react-css-modules"
      },
      "react-custom-rules": {
        repository: "https://github.com/adalbertoteixeira/eslint-plugin-react-custom-rules"
      },
      "react-data-attr": {
        repository: "https://github.com/recruit-tech/eslint-plugin-react-data-attr"
      },
      "react-directives": {
        repository: "https://github.com/peakchen90/eslint-plugin-react-directives"
      },
      "react-ep": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "react-etc": {
        repository: "https://github.com/cartant/eslint-plugin-react-etc"
      },
      "react-extended": {
        repository: "https://github.com/pustovalov/eslint-plugin-react-extended"
      },
      "react-extra": {
        repository: "https://github.com/buythewhale/eslint-plugin-react-extra"
      },
      "react-filename-matches-class": {
        repository: "https://github.com/mapbox/eslint-plugin-react-filenames"
      },
      "react-filenames": {
        repository: "https://github.com/mapbox/eslint-plugin-react-filenames"
      },
      "react-flow": {
        repository: "https://github.com/Kiwka/eslint-plugin-react-flow"
      },
      "react-form-fields": {
        repository: "https://github.com/kotarella1110/eslint-plugin-react-form-fields"
      },
      "react-func": {
        repository: "https://github.com/TomScavo/eslint-plugin-react-func"
      },
      "react-functional-set-state": {
        repository: "https://github.com/BE-Webdesign/eslint-plugin-react-functional-set-state"
      },
      "react-hook-form": {
        repository: "https://github.com/andykao1213/eslint-plugin-react-hook-form"
      },
      "react-hooks": {
        repository: "https://github.com/facebook/react"
      },
      "react-hooks-addons": {
        repository: "https://github.com/szhsin/eslint-plugin-react-hooks-addons"
      },
      "react-hooks-breadhead": {
        repository: "https://github.com/breadhead/eslint-plugin-react-hooks-breadhead"
      },
      "react-hooks-fix-via-todo-comment": {
        repository: "https://github.com/lab-yue/react"
      },
      "react-hooks-ssr": {
        repository: "https://github.com/correttojs/eslint-plugin-react-hooks-ssr"
      },
      "react-hooks-static-deps": {
        repository: "https://github.com/stoikio/eslint-plugin-react-hooks-static-deps"
      },
      "react-hooks2": {
        repository: "https://github.com/imhele/eslint-plugin-react-hooks2"
      },
      "react-html-invalid-prop-test": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-invalid-prop"
      },
      "react-html-prop-validator": {
        repository: "https://github.com/Roxiler/eslint-plugin-react-html-props"
      },
      "react-html-spellcheck": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-spellcheck"
      },
      "react-html-svg-invalid": {
        repository: "https://github.com/sai6855/eslint-plugin-react-html-svg-invalid"
      },
      "react-i18n": {
        repository: "https://github.com/lolatravel/eslint-plugin-react-i18n"
      },
      "react-internal": {
        repository: "https://github.com/npm/security-holder"
      },
      "react-intl-extractor": {
        repository: "https://github.com/kesko-dev/eslint-plugin-react-intl-extractor"
      },
      "react-intl-format": {
        repository: "https://github.com/calm/eslint-plugin-react-intl-format"
      },
      "react-intl-sammy": {
        repository: "https://github.com/calm/eslint-plugin-react-intl"
      },
      "react-intl-static": {
        repository: "https://github.com/leonardodino/eslint-plugin-react-intl-static"
      },
      "react-jss": {
        repository: "https://github.com/dashxhq/eslint-plugin-react-jss"
      },
      "react-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "react-lazy-notation": {
        repository: "https://github.com/vgulaev/eslint-plugin-react-lazy-notation"
      },
      "react-memo": {
        repository: "https://github.com/steadicat/eslint-plugin-react-memo"
      },
      "react-native": {
        docs: "https://github.com/intellicode/eslint-plugin-react-native/blob/master/docs/rules/",
        repository: "https://github.com/intellicode/eslint-plugin-react-native"
      },
      "react-native-a11y": {
        repository: "https://github.com/FormidableLabs/eslint-plugin-react-native-a11y"
      },
      "react-native-animation-linter": {
        repository: "https://github.com/khan/eslint-plugin-react-native-animation-linter"
      },
      "react-native-globals": {
        repository: "https://github.com/satya164/eslint-plugin-react-native-globals"
      },
      "react-native-no-get-item-layout-prop-on-virtualized-list": {
        repository: "https://github.com/yannickcr/eslint-plugin-react"
      },
      "react-native-normalized": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-react-native-normalized"
      },
      "react-native-wix": {
        repository: "https://github.com/wix/eslint-config-wix"
      },
      "react-percy": {
        repository: "https://github.com/percy/react-percy"
      },
      "react-perf": {
        docs: "https://github.com/cvazac/eslint-plugin-react-perf/blob/master/docs/rules/",
        repository: "https://github.com/cvazac/eslint-plugin-react-perf"
      },
      "react-performance-check": {
        repository: "https://github.com/siling1990/ESLintRule"
      },
      "react-prefer-function-component": {
        repository: "https://github.com/tatethurston/eslint-plugin-react-prefer-function-component"
      },
      "react-project": {
        repository: "https://github.com/gilfoylehuang/eslint-plugin-react-project"
      },
      "react-props": {
        repository: "https://github.com/craigbilner/eslint-plugin-react-props"
      },
      "react-pug": {
        repository: "https://github.com/ezhlobo/eslint-plugin-react-pug"
      },
      "react-query": {
        repository: "https://github.com/KubaJastrz/eslint-plugin-react-query"
      },
      "react-redux": {
        repository: "https://github.com/DianaSuvorova/eslint-plugin-react-redux"
      },
      "react-refresh": {
        repository: "https://github.com/ArnaudBarre/eslint-plugin-react-refresh"
      },
      "react-ssr": {
        repository: "https://github.com/ytanruengsri/eslint-plugin-react-ssr"
      },
      "react-svg": {
        repository: "https://github.com/raix/eslint-plugin-react-svg"
      },
      "react-use-props": {
        repository: "https://github.com/docccdev/eslint-plugin-react-use-props"
      },
      "react-with-classes": {
        repository: "https://github.com/jameswomack/eslint-plugin-react-with-classes"
      },
      "react-with-styles": {
        repository: "https://github.com/airbnb/eslint-plugin-react-with-styles"
      },
      "react-xhooks": {
        repository: "https://github.com/xsjohn0306/eslint-plugin-react-xhooks"
      },
      reactxp: {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-reactxp"
      },
      readable: {
        repository: "https://github.com/YounGoat/eslint-plugin-readable"
      },
      reanimated: {
        repository: "https://github.com/wcandillon/eslint-plugin-reanimated"
      },
      rebase: {
        repository: "https://github.com/AndersDJohnson/eslint-plugin-rebase"
      },
      redos: {
        repository: "https://github.com/makenowjust-labs/recheck"
      },
      "redos-detector": {
        repository: "https://github.com/tjenkinson/eslint-plugin-redos-detector"
      },
      "redundant-undefined": {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-redundant-undefined"
      },
      redux: {
        repository: "https://github.com/Intellicode/eslint-plugin-redux"
      },
      "redux-reselect": {
        repository: "https://github.com/viktor-ku/eslint-plugin-redux-reselect"
      },
      "redux-saga": {
        repository: "https://github.com/pke/eslint-plugin-redux-saga"
      },
      regex: {
        repository: "https://github.com/gmullerb/eslint-plugin-regex"
      },
      regexp: {
        docs: "https://github.com/ota-meshi/eslint-plugin-regexp/blob/master/docs/rules/",
        repository: "https://github.com/ota-meshi/eslint-plugin-regexp"
      },
      "regexp-header": {
        repository: "https://github.com/b4rd/eslint-plugin-regexp-header"
      },
      regru: {
        repository: "https://github.com/regru/eslint-plugin-regru"
      },
      "regularjs-beautify": {
        repository: "https://github.com/hsiaosiyuan0/regularjs-beautify"
      },
      reiwa: {
        repository: "https://github.com/otofu-square/eslint-plugin-reiwa"
      },
      relations: {
        repository: "https://github.com/theKashey/eslint-plugin-relations"
      },
      relay: {
        repository: "https://github.com/relayjs/eslint-plugin-relay"
      },
      reload: {
        repository: "https://github.com/reload/eslint"
      },
      remix: {
        repository: "https://github.com/alii/eslint-plugin-remix"
      },
      "remove-test-urls": {
        repository: "https://github.com/fuadpashayev/eslint-plugin-remove-test-urls"
      },
      replyguy: {
        repository: "https://github.com/jlengstorf/eslint-plugin-replyguy"
      },
      require: {
        repository: "https://github.com/bregenspan/eslint-plugin-require"
      },
      "require-call": {
        repository: "https://github.com/NelsonFrancisco/eslint-plugin-require-call"
      },
      "require-decorator": {
        repository: "https://github.com/ipekmuhammet/eslint-plugin-require-decorator"
      },
      "require-docs": {
        repository: "https://github.com/findmypast-oss/eslint-plugin-require-docs"
      },
      "require-duplicate": {
        repository: "https://github.com/LukaPrebil/eslint-plugin-require-duplicate"
      },
      "require-exact-proptypes": {
        repository: "https://github.com/patrick-addepar/eslint-plugin-require-exact-proptypes"
      },
      "require-explicit-generics": {
        repository: "https://github.com/mattorchard/eslint-plugin-require-explicit-generics"
      },
      "require-jsdoc-except": {
        repository: "https://github.com/MaienM/eslint-plugin-require-jsdoc-except"
      },
      "require-jsdoc-focus": {
        repository: "https://github.com/Bernardstanislas/eslint-plugin-require-jsdoc"
      },
      "require-path-exists": {
        repository: "https://github.com/BohdanTkachenko/eslint-plugin-require-path-exists"
      },
      "require-sort": {
        repository: "https://github.com/zcuric/eslint-plugin-require-sort"
      },
      "require-trailing-comma": {
        repository: "https://github.com/greggman/eslint-plugin-require-trailing-comma"
      },
      requirejs: {
        repository: "https://github.com/cvisco/eslint-plugin-requirejs"
      },
      "reselect-utils": {
        repository: "https://github.com/sgrishchenko/reselect-utils"
      },
      ressurectit: {
        repository: "https://github.com/ressurectit/eslint-plugin-ressurectit"
      },
      "restify-use-next": {
        repository: "https://github.com/rajatkumar/eslint-plugin-restify-use-next"
      },
      "restrict-named-import": {
        repository: "https://github.com/ozaki25/eslint-plugin-restrict-named-import"
      },
      resub: {
        repository: "https://github.com/a-tarasyuk/eslint-plugin-resub"
      },
      "return-early-dont-assign": {
        repository: "https://github.com/deadbeef404/eslint-plugin-return-early-dont-assign"
      },
      "return-types-object-literals": {
        repository: "https://github.com/upload-io/eslint-plugin-return-types-object-literals"
      },
      revizto: {
        repository: "https://github.com/revizto/eslint-rules"
      },
      "richtext-cp": {
        repository: "https://github.com/dmonego/eslint-plugin-richtext-cp"
      },
      riot: {
        repository: "https://github.com/txchen/eslint-plugin-riot"
      },
      risxss: {
        repository: "https://github.com/theodo/RisXSS"
      },
      "rn-a11y": {
        repository: "https://github.com/grgr-dkrk/eslint-plugin-rn-a11y"
      },
      "robber-language": {
        repository: "https://github.com/santi/eslint-plugin-robber-language"
      },
      roku: {
        repository: "https://github.com/RokuRoad/eslint-plugin-roku"
      },
      "row-num": {
        repository: "https://github.com/codsen/eslint-plugin-row-num"
      },
      rpgmaker: {
        repository: "https://github.com/waynee95/eslint-plugin-rpgmaker"
      },
      rs: {
        repository: "https://github.com/skyRoma/eslint-plugin-rs"
      },
      rtaro: {
        repository: "https://github.com/NervJS/taro"
      },
      "ru-typography": {
        repository: "https://github.com/doochik/eslint-plugin-ru-typography"
      },
      rulesdir: {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-rulesdir"
      },
      rut: {
        repository: "https://github.com/milesj/rut"
      },
      "rwell-camelcase": {
        repository: "https://github.com/RoundingWellOS/eslint-plugin-rwell-camelcase"
      },
      rxjs: {
        repository: "https://github.com/cartant/eslint-plugin-rxjs"
      },
      "rxjs-angular": {
        repository: "https://github.com/cartant/eslint-plugin-rxjs-angular"
      },
      "rxjs-traits": {
        repository: "https://github.com/cartant/eslint-plugin-rxjs-traits"
      },
      ryanair: {
        repository: "https://github.com/ryanair/linters"
      },
      "salesforce-commercecloud": {
        repository: "https://github.com/t-huth/eslint-plugin-salesforce-commercecloud"
      },
      saxo: {
        repository: "https://github.com/saxobank/eslint-plugin-saxo"
      },
      "sbnc-rules": {
        repository: "https://github.com/BenceSzalai/eslint-plugin-sbnc-rules"
      },
      "scanjs-rules": {
        repository: "https://github.com/mozfreddyb/eslint-plugin-scanjs-rules"
      },
      scd: {
        repository: "https://github.com/uttk/eslint-plugin-scd"
      },
      scissors: {
        repository: "https://github.com/Colafornia/eslint-plugin-scissors"
      },
      screeps: {
        repository: "https://github.com/postcrafter/eslint-plugin-screeps"
      },
      "sdwvit-eslint-plugin-svelte3": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      security: {
        repository: "https://github.com/nodesecurity/eslint-plugin-security"
      },
      "security-node": {
        repository: "https://github.com/gkouziik/eslint-plugin-security-node"
      },
      "security-rules": {
        repository: "https://github.com/lasselupe33/eslint-plugin-security-rules"
      },
      "segment-ember-actions": {
        repository: "https://github.com/authmaker/segment-ember-actions"
      },
      self: {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-self"
      },
      "self-dir": {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-self"
      },
      "seller-ui-eslint-plugin": {
        repository: "https://github.com/npm/security-holder"
      },
      "semantic-naming": {
        repository: "https://github.com/Moncader/eslint-plugin-semantic-naming"
      },
      sensible: {
        repository: "https://github.com/esatterwhite/eslint-plugin-sensible"
      },
      "sentry-csii-internal-eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      sequel: {
        repository: "https://github.com/5app/eslint-plugin-sequel"
      },
      "sequelize-node": {
        repository: "https://github.com/loomhq/eslint-plugin-sequelize-node"
      },
      sequence: {
        repository: "https://github.com/adashrod/eslint-plugin-sequence"
      },
      "serverless-eslint-plugin": {
        repository: "https://github.com/nishantjain91/serverless-eslint-plugin"
      },
      servicenow: {
        repository: "https://github.com/arnoudkooi/eslint-plugin-servicenow"
      },
      "set-iterable": {
        repository: "https://github.com/fernap3/eslint-plugin-set-iterable"
      },
      settimeout: {
        repository: "https://github.com/udemy/eslint-udemy"
      },
      "sfdx-typegen": {
        repository: "https://github.com/aheber/eslint-plugin-sfdx-typegen"
      },
      shitsurei: {
        repository: "https://github.com/yoidea/eslint-plugin-shitsurei"
      },
      shopify: {
        repository: "https://github.com/Shopify/eslint-plugin-shopify"
      },
      "shopify-lean": {
        repository: "https://github.com/sebastian-software/eslint-plugin-shopify-lean"
      },
      "should-promised": {
        repository: "https://github.com/dbrockman/eslint-plugin-should-promised"
      },
      "should-skip-update": {
        repository: "https://github.com/joeyparis/eslint-plugin-should-skip-update"
      },
      "sickle-eslint": {
        repository: "https://github.com/wffe-team/eslint"
      },
      "simple-import-sort": {
        repository: "https://github.com/lydell/eslint-plugin-simple-import-sort"
      },
      "simple-jsx": {
        repository: "https://github.com/putan/eslint-plugin-simple-jsx"
      },
      sinful: {
        repository: "https://github.com/FauxFaux/eslint-plugin-sinful"
      },
      "skip-adobe-directives": {
        repository: "https://github.com/KisoYuki/eslint-plugin-skip-adobe-directives"
      },
      "skip-nolint-lines": {
        repository: "https://github.com/gregsabo/eslint-plugin-skip-nolint-lines"
      },
      "skyscanner-dates": {
        repository: "https://github.com/Skyscanner/eslint-plugin-skyscanner-dates"
      },
      slite: {
        repository: "https://github.com/sliteteam/eslint-plugin-slite"
      },
      "slonik-safe-json": {
        repository: "https://github.com/Nilithus/eslint-plugin-slonik-safe-json"
      },
      "small-import": {
        repository: "https://github.com/JonnyBurger/eslint-plugin-react-native-normalized"
      },
      "smart-quotes": {
        repository: "https://github.com/jmont/eslint-plugin-smart-quotes"
      },
      "smart-sort": {
        repository: "https://github.com/MoonW1nd/eslint-plugin-smart-sort"
      },
      "smarter-tabs": {
        repository: "https://github.com/cheap-glitch/eslint-plugin-smarter-tabs"
      },
      smarthr: {
        repository: "https://github.com/kufu/eslint-plugin-smarthr"
      },
      smartprocure: {
        repository: "https://github.com/smartprocure/eslint-plugin-smartprocure"
      },
      smells: {
        repository: "https://github.com/elijahmanor/eslint-plugin-smells"
      },
      smelly: {
        repository: "https://github.com/qix-/eslint-plugin-smelly"
      },
      "smile-ember": {
        repository: "https://github.com/smile-io/eslint-plugin-smile-ember"
      },
      smtxt: {
        repository: "https://github.com/sematext/eslint-plugin-smtxt"
      },
      snakecasejs: {
        repository: "https://github.com/ptkdev/eslint-plugin-snakecasejs"
      },
      "so-jah-seh": {
        repository: "https://github.com/independentgeorge/eslint-plugin-so-jah-seh"
      },
      solfege: {
        repository: "https://github.com/neolao/eslint-plugin-solfege"
      },
      solfegejs: {
        repository: "https://github.com/solfegejs/eslint-plugin"
      },
      solid: {
        repository: "https://github.com/joshwilsonvu/eslint-plugin-solid"
      },
      sonar: {
        repository: "https://github.com/rx-ts/eslint-plugin-sonar"
      },
      sonarjs: {
        repository: "https://github.com/SonarSource/eslint-plugin-sonarjs"
      },
      "sonarjs-6": {
        repository: "https://github.com/SonarSource/eslint-plugin-sonarjs"
      },
      sort: {
        repository: "https://github.com/mskelton/eslint-plugin-sort"
      },
      "sort-class-members": {
        repository: "https://github.com/bryanrsmith/eslint-plugin-sort-class-members"
      },
      "sort-class-members-allow-null": {
        repository: "https://github.com/haxxxton/eslint-plugin-sort-class-members"
      },
      "sort-destructure-keys": {
        repository: "https://github.com/mthadley/eslint-plugin-sort-destructure-keys"
      },
      "sort-export-all": {
        repository: "https://github.com/nirtamir2/eslint-plugin-sort-export-all"
      },
      "sort-exports": {
        repository: "https://github.com/jrdrg/eslint-plugin-sort-exports"
      },
      "sort-import": {
        repository: "https://github.com/mistertemp/eslint-plugin-sort-import"
      },
      "sort-imports-es6-autofix": {
        repository: "https://github.com/schuchertmanagementberatung/eslint-plugin-sort-imports-es6-autofix"
      },
      "sort-keys": {
        repository: "https://github.com/namnm/eslint-plugin-sort-keys"
      },
      "sort-keys-custom": {
        repository: "https://github.com/elliesec/eslint-plugin-sort-keys-custom"
      },
      "sort-keys-custom-order": {
        repository: "https://github.com/hugoattal/eslint-plugin-sort-keys-custom-order"
      },
      "sort-keys-custom-order-fix": {
        repository: "https://github.com/brenopolanski/eslint-plugin-sort-keys-custom-order-fix"
      },
      "sort-keys-fix": {
        repository: "https://github.com/leo-buneev/eslint-plugin-sort-keys-fix"
      },
      "sort-keys-shorthand": {
        repository: "https://github.com/fxOne/eslint-plugin-sort-keys-shorthand"
      },
      "sort-requires-by-path": {
        repository: "https://github.com/oaltman/eslint-plugin-sort-requires-by-path"
      },
      sorting: {
        repository: "https://github.com/jacobrask/eslint-plugin-sorting"
      },
      "sowing-machine": {
        repository: "https://github.com/harrysolovay/sowing-machine"
      },
      spellcheck: {
        repository: "https://github.com/aotaduy/eslint-plugin-spellcheck"
      },
      speller: {
        repository: "https://github.com/itlci/eslint-plugin-speller"
      },
      spellingbee: {
        repository: "https://github.com/eschaefer/eslint-plugin-spellingbee"
      },
      "split-classnames": {
        repository: "https://github.com/remorses/split-classnames"
      },
      springload: {
        repository: "https://github.com/springload/eslint-plugin-springload"
      },
      springworks: {
        repository: "https://github.com/Springworks/eslint-plugin-springworks"
      },
      spruce: {
        repository: "https://github.com/sprucelabsai/workspace.sprucebot-skills-kit"
      },
      sql: {
        repository: "https://github.com/gajus/eslint-plugin-sql"
      },
      "sql-injection": {
        repository: "https://github.com/gavinaiken/eslint-plugin-sql-injection"
      },
      "sql-pretty": {
        repository: "https://github.com/devthejo/eslint-plugin-sql-pretty"
      },
      square: {
        repository: "https://github.com/square/eslint-plugin-square"
      },
      "srp-hints": {
        repository: "https://github.com/eliasm307/eslint-plugin-srp-hints"
      },
      "ssr-friendly": {
        repository: "https://github.com/kopiro/eslint-plugin-ssr-friendly"
      },
      "ssr-vue": {
        repository: "https://github.com/jy0529/eslint-plugin-ssr-vue"
      },
      "standard-cra": {
        repository: "https://github.com/kegi/eslint-plugin-standard-cra"
      },
      standard2: {
        repository: "https://github.com/aeharding/eslint-plugin-standard2"
      },
      starry: {
        repository: "https://github.com/StarryInternet/eslint-plugin-starry"
      },
      starscraper: {
        repository: "https://github.com/star-scraper/eslint-plugin-starscraper"
      },
      state: {
        repository: "https://github.com/JackFei/eslint-plugin-state"
      },
      stencil: {
        repository: "https://github.com/addtoevent/stencil-eslint"
      },
      "step-functions": {
        repository: "https://github.com/bdgamble/eslint-plugin-step-functions"
      },
      storage: {
        repository: "https://github.com/mrjones2014/eslint-plugin-storage"
      },
      "stormtrooper-eslint-plugin-css-modules": {
        repository: "https://github.com/atfzl/eslint-plugin-css-modules"
      },
      storybook: {
        repository: "https://github.com/storybookjs/eslint-plugin-storybook"
      },
      "strict-booleans": {
        repository: "https://github.com/vinceau/eslint-plugin-strict-booleans"
      },
      "strict-cast": {
        repository: "https://github.com/TrySound/strict-cast"
      },
      "strict-dependencies": {
        repository: "https://github.com/knowledge-work/eslint-plugin-strict-dependencies"
      },
      "strict-null-checks": {
        repository: "https://github.com/JaroslawPokropinski/eslint-plugin-strict-null-check"
      },
      "strict-vue": {
        repository: "https://github.com/GlebkaF/eslint-plugin-strict-vue"
      },
      strudel: {
        repository: "https://github.com/strudeljs/eslint-plugin-strudel"
      },
      style: {
        repository: "https://github.com/tao-cumplido/eslint-plugin-style"
      },
      styled: {
        repository: "https://github.com/andrienko/eslint-plugin-styled"
      },
      "styled-components-sort": {
        repository: "https://github.com/siffogh/eslint-plugin-better-styled-components"
      },
      "styled-components-varname": {
        repository: "https://github.com/macinjoke/eslint-plugin-styled-components-varname"
      },
      "styled-no-color-value": {
        repository: "https://github.com/phobal/eslint-plugin-styled-no-color-value"
      },
      styles: {
        repository: "https://github.com/eslift/eslint-plugin-styles"
      },
      "styles-object": {
        repository: "https://github.com/helixbass/eslint-plugin-styles-object"
      },
      stzhang: {
        repository: "https://github.com/stuartZhang/eslint-plugin-amo"
      },
      "suitcss-classnames": {
        repository: "https://github.com/azu/eslint-plugin-suitcss-classnames"
      },
      suitescript: {
        repository: "https://github.com/acdvs/eslint-plugin-suitescript"
      },
      summer: {
        repository: "https://github.com/1natsu172/eslint-summer"
      },
      superstition: {
        repository: "https://github.com/gurov/eslint-plugin-superstition"
      },
      supfiger: {
        repository: "https://github.com/supfiger/eslint-plugin-supfiger"
      },
      svelte: {
        repository: "https://github.com/JounQin/eslint-plugin-svelte"
      },
      "svelte-inline-compile": {
        repository: "https://github.com/DockYard/svelte-inline-compile"
      },
      svelte3: {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-new": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-patch": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svelte3-preprocess": {
        repository: "https://github.com/sveltejs/eslint-plugin-svelte3"
      },
      "svg-import-helper": {
        repository: "https://github.com/mkupriichuk/eslint-plugin-svg-import-helper"
      },
      "swarmia-dev": {
        repository: "https://github.com/swarmia/eslint"
      },
      "switch-error-warn": {
        repository: "https://github.com/finnmerlett/eslint-plugin-switch-error-warn"
      },
      "system-import-strings": {
        repository: "https://github.com/pwmckenna/eslint-plugin-system-import-strings"
      },
      t: {
        repository: "https://github.com/eslift/eslint-plugin-t"
      },
      tachecker: {
        repository: "https://github.com/linshaolie/eslint-plugin-tachecker"
      },
      "tachyons-jsx": {
        repository: "https://github.com/Bebersohl/eslint-plugin-tachyons-jsx"
      },
      tailwind: {
        repository: "https://github.com/Idered/eslint-plugin-tailwind"
      },
      tailwindcss: {
        repository: "https://github.com/francoismassart/eslint-plugin-tailwindcss"
      },
      "tailwindcss-jit-restrict": {
        repository: "https://github.com/nju33/eslint-plugin-tailwindcss-jit-restrict"
      },
      talentpair: {
        repository: "https://github.com/talentpair/eslint-plugin-talentpair"
      },
      talltotal: {
        repository: "https://github.com/talltotal/eslint-plugin-talltotal"
      },
      tanda: {
        repository: "https://github.com/deecewan/eslint-plugin-tanda"
      },
      tanok: {
        repository: "https://github.com/kindritskyiMax/eslint-plugin-tanok"
      },
      tap: {
        repository: "https://github.com/getoslash/eslint-plugin-tap"
      },
      "tap-given": {
        repository: "https://github.com/dex4er/js-eslint-plugin-tap-given"
      },
      taro: {
        repository: "https://github.com/NervJS/taro"
      },
      tdd: {
        repository: "https://github.com/Fox-n-Rabbit/fxnrbt"
      },
      "team-vals": {
        repository: "https://github.com/team-vals/eslint-config-team-vals"
      },
      template: {
        repository: "https://github.com/gramener/eslint-plugin-template"
      },
      "template-template": {
        repository: "https://github.com/sam-parsons/eslint-plugin-template"
      },
      ternaries: {
        repository: "https://github.com/divyagnan/eslint-plugin-ternaries"
      },
      ternary: {
        repository: "https://github.com/grayedfox/eslint-plugin-ternary"
      },
      "test-eslint-plugin-sdk": {
        repository: "https://github.com/getsentry/sentry-javascript"
      },
      "test-filenames": {
        repository: "https://github.com/spalger/eslint-plugin-test-filenames"
      },
      "test-id": {
        repository: "https://github.com/prashantswami/eslint-plugin-test-id"
      },
      "test-import-paths": {
        repository: "https://github.com/jeyj0/eslint-plugin-test-import-paths"
      },
      "test-names": {
        repository: "https://github.com/DanielMSchmidt/eslint-plugin-test-names"
      },
      "test-num": {
        repository: "https://github.com/codsen/eslint-plugin-test-num"
      },
      "test-project-eslint-plugin-clarity-adoption": {
        repository: "https://github.com/vmware-clarity/core"
      },
      test91: {
        repository: "https://github.com/netless-io/eslint-plugin-netless"
      },
      "testcafe-community": {
        repository: "https://github.com/testcafe-community/eslint-plugin-testcafe-community"
      },
      "testcafe-extended": {
        repository: "https://github.com/stefanschenk/eslint-plugin-testcafe-extended"
      },
      "testing-library": {
        docs: "https://github.com/testing-library/eslint-plugin-testing-library/blob/main/docs/rules/",
        repository: "https://github.com/testing-library/eslint-plugin-testing-library"
      },
      tests: {
        repository: "https://github.com/matthizou/eslint-plugin-tests"
      },
      tgandrews: {
        repository: "https://github.com/tgandrews/eslint-plugin-tgandrews"
      },
      "the-step-down-rule": {
        repository: "https://github.com/skabbi/eslint-plugin-the-step-down-rule"
      },
      this: {
        repository: "https://github.com/matijs/eslint-plugin-this"
      },
      "throws-on-load": {
        repository: "https://github.com/not-an-aardvark/eslint-plugin-throws-on-load"
      },
      thunderball: {
        repository: "https://github.com/angieslist/thunderball.io"
      },
      "tick-tock-jsdoc": {
        repository: "https://github.com/ewandennis/eslint-plugin-tick-tock-jsdoc"
      },
      "tilted-react": {
        repository: "https://github.com/tilted-tm/eslint-plugin-tilted-react"
      },
      tinkoff: {
        repository: "https://github.com/npm/security-holder"
      },
      "todo-comments": {
        repository: "https://github.com/fXy-during/eslint-plugin-todo-comments"
      },
      "todo-ddl": {
        repository: "https://github.com/ATQQ/eslint-plugin-todo-ddl"
      },
      "todo-errors": {
        repository: "https://github.com/KollegOFF/eslint-plugin-todo-errors"
      },
      "todo-format": {
        repository: "https://github.com/YekaiZ/eslint-plugin-todo-format"
      },
      "todo-plz": {
        repository: "https://github.com/sawyerh/eslint-plugin-todo-plz"
      },
      todos: {
        repository: "https://github.com/auhau/eslint-plugin-todos"
      },
      toml: {
        repository: "https://github.com/ota-meshi/eslint-plugin-toml"
      },
      tools: {
        repository: "https://github.com/fengyinchao/eslint-plugin-custom"
      },
      toplevel: {
        repository: "https://github.com/HKalbasi/eslint-plugin-toplevel"
      },
      "total-functions": {
        repository: "https://github.com/danielnixon/eslint-plugin-total-functions"
      },
      "tree-shaking": {
        repository: "https://github.com/lukastaegert/eslint-plugin-tree-shaking"
      },
      tribou: {
        repository: "https://github.com/tribou/eslint-plugin-tribou"
      },
      trim: {
        repository: "https://github.com/doinki/eslint-plugin-trim"
      },
      ts: {
        repository: "https://github.com/ovidiubute/eslint-plugin-ts"
      },
      "ts-ban-snippets": {
        repository: "https://github.com/mrseanryan/eslint-plugin-ts-ban-snippets"
      },
      "ts-expect": {
        repository: "https://github.com/4Catalyzer/eslint-plugin-ts-expect"
      },
      "ts-exports": {
        repository: "https://github.com/wcandillon/eslint-plugin-ts-exports"
      },
      "ts-import": {
        repository: "https://github.com/bradennapier/eslint-plugin-ts-import"
      },
      "ts-wasmify": {
        repository: "https://github.com/JaroslawPokropinski/eslint-plugin-ts-wasmify"
      },
      tsc: {
        repository: "https://github.com/unlight/eslint-plugin-tsc"
      },
      tsday: {
        repository: "https://github.com/dmeneses/eslint-plugin-tsday"
      },
      tsdoc: {
        repository: "https://github.com/microsoft/tsdoc"
      },
      tsex: {
        repository: "https://github.com/wiinuk/eslint-plugin-tsex"
      },
      "tshirt-sizes": {
        repository: "https://github.com/Naoto-Ida/eslint-plugin-tshirt-sizes"
      },
      "tslint-comments": {
        repository: "https://github.com/drewwyatt/eslint-plugin-tslint-comments"
      },
      "tss-unused-classes": {
        repository: "https://github.com/garronej/eslint-plugin-tss-unused-classes"
      },
      ttag: {
        repository: "https://github.com/ttag-org/eslint-plugin-ttag"
      },
      turbopatent: {
        repository: "https://github.com/PatentNavigation/eslint-plugin-turbopatent"
      },
      "type-graphql": {
        repository: "https://github.com/borremosch/eslint-plugin-type-graphql"
      },
      types: {
        repository: "https://github.com/dissimulate/eslint-plugin-types"
      },
      "typescript-custom-sort-keys": {
        repository: "https://github.com/prash471/eslint-plugin-typescript-sort-keys"
      },
      "typescript-enum": {
        repository: "https://github.com/shian15810/eslint-plugin-typescript-enum"
      },
      "typescript-eslint-jsx-conditionals": {
        repository: "https://github.com/ColeWalker/typescript-eslint-jsx-conditionals"
      },
      "typescript-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "typescript-names": {
        repository: "https://github.com/rejifald/eslint-plugin-typescript-names"
      },
      "typescript-react-kiva": {
        repository: "https://github.com/SystemLight/eslint-kiva"
      },
      "typescript-require-readonly": {
        repository: "https://github.com/krailler/eslint-plugin-typescript-require-readonly"
      },
      "typescript-sort-keys": {
        repository: "https://github.com/infctr/eslint-plugin-typescript-sort-keys"
      },
      typling: {
        repository: "https://github.com/jamen/eslint-plugin-typling"
      },
      udemy: {
        repository: "https://github.com/udemy/js-tooling"
      },
      "ui-testing": {
        repository: "https://github.com/kwoding/eslint-plugin-ui-testing"
      },
      ui5depchk: {
        repository: "https://github.com/kennyzhangdev/ui5depchk"
      },
      unar: {
        repository: "https://github.com/lkdghzh/eslint-plugin-unar-extends"
      },
      "uncalled-iife": {
        repository: "https://github.com/romainmenke/eslint-plugin-uncalled-iife"
      },
      "undef-init": {
        repository: "https://github.com/bendtherules/eslint-plugin-undef-init"
      },
      underscore_case: {
        repository: "https://github.com/tylerlong/eslint-plugin-underscore_case"
      },
      "undocumented-env": {
        repository: "https://github.com/lennym/eslint-plugin-implicit-dependencies"
      },
      unicorn: {
        docs: "https://github.com/sindresorhus/eslint-plugin-unicorn/blob/main/docs/rules/",
        repository: "https://github.com/sindresorhus/eslint-plugin-unicorn"
      },
      "unnecessary-filename-in-import": {
        repository: "https://github.com/ska-kialo/eslint-plugin-unnecessary-filename-in-import"
      },
      "unsafe-property-assignment": {
        repository: "https://github.com/jonathanKingston/eslint-plugin-unsafe-property-assignment"
      },
      "unused-imports": {
        docs: "https://github.com/sweepline/eslint-plugin-unused-imports/blob/master/docs/rules/",
        repository: "https://github.com/sweepline/eslint-plugin-unused-imports"
      },
      url: {
        repository: "https://github.com/keyfoxth/eslint-plugin-url"
      },
      usagisah: {
        repository: "https://github.com/gxs114/eslint-plugin-usagisah"
      },
      "use-decorator": {
        repository: "https://github.com/team-parallax/eslint-plugin-use-decorator"
      },
      "use-encapsulation": {
        repository: "https://github.com/kyleshevlin/eslint-plugin-use-encapsulation"
      },
      "use-macros": {
        repository: "https://github.com/wantedly/frolint"
      },
      "use-numeric-separator": {
        repository: "https://github.com/RateGravity/eslint-plugin-use-numeric-separator"
      },
      "use-optional-annotation": {
        repository: "https://github.com/Akagire/eslint-plugin-use-optional-annotation"
      },
      "use-selector-with": {
        repository: "https://github.com/Codecademy/use-selector-with"
      },
      "use-storeon": {
        repository: "https://github.com/Minyens/eslint-plugin-use-storeon"
      },
      userscripts: {
        repository: "https://github.com/Yash-Singh1/eslint-plugin-userscripts"
      },
      utils: {
        repository: "https://github.com/rx-ts/eslint"
      },
      uuapp: {
        repository: "https://github.com/jiridudekusy/eslint-plugin-uuapp"
      },
      uvu: {
        repository: "https://github.com/yudai-nkt/eslint-plugin-uvu"
      },
      "validate-declared-imports": {
        repository: "https://github.com/yardenporat/eslint-plugin-validate-declared-imports"
      },
      valtech: {
        repository: "https://github.com/valtech-nyc/eslint-plugin-valtech"
      },
      valtio: {
        repository: "https://github.com/pmndrs/eslint-plugin-valtio"
      },
      "var-length": {
        repository: "https://github.com/uhyo/eslint-plugin-var-length"
      },
      variablenamecheck: {
        repository: "https://github.com/npm/npm"
      },
      variablenamecheck1: {
        repository: "https://github.com/npm/npm"
      },
      variables: {
        repository: "https://github.com/frsv/eslint-plugin-variables"
      },
      various: {
        repository: "https://github.com/oculus42/eslint-plugin-various"
      },
      verdaccio: {
        repository: "https://github.com/verdaccio/monorepo"
      },
      videoamp: {
        repository: "https://github.com/VideoAmp/eslint-plugin-videoamp"
      },
      "view-models": {
        repository: "https://github.com/asbjornh/eslint-plugin-view-models"
      },
      "viper-v2": {
        repository: "https://github.com/Nigiss/eslint-plugin-viper"
      },
      "viper-v3": {
        repository: "https://github.com/Nigiss/eslint-plugin-viper-v3"
      },
      "virtru-lint": {
        repository: "https://github.com/npm/security-holder"
      },
      "vitest-globals": {
        repository: "https://github.com/saqqdy/eslint-plugin-vitest-globals"
      },
      vitsaus: {
        repository: "https://github.com/Vitsaus/eslint-plugin-vitsaus"
      },
      void: {
        repository: "https://github.com/Chamion/eslint-plugin-void"
      },
      "void-only-side-effects": {
        repository: "https://github.com/Chamion/eslint-plugin-void-only-side-effects"
      },
      vtex: {
        repository: "https://github.com/vtex/typescript"
      },
      vue: {
        docs: "https://github.com/vuejs/eslint-plugin-vue/blob/master/docs/rules/",
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      "vue-2-object-reactivity": {
        repository: "https://github.com/Maxim-Mazurok/eslint-plugin-vue-2-object-reactivity"
      },
      "vue-crooks-nits": {
        repository: "https://github.com/idlethumbs/eslint-plugin-vue-crooks-nits"
      },
      "vue-enhanced": {
        repository: "https://github.com/fisker/eslint-plugin-vue-enhanced"
      },
      "vue-extras": {
        repository: "https://github.com/przemyslawjanpietrzak/eslint-plugin-vue-extras"
      },
      "vue-i18nstring": {
        repository: "https://github.com/FlyDreame/eslint-plugin-vue-i18n"
      },
      "vue-lang": {
        repository: "https://github.com/FuckingUsername/eslint-plugin-vue-lang"
      },
      "vue-libs": {
        repository: "https://github.com/vuejs/eslint-plugin-vue-libs"
      },
      "vue-oboi": {
        repository: "https://github.com/maxming2333/eslint-plugin-vue-oboi"
      },
      "vue-property-precheck": {
        repository: "https://github.com/CooLNuanfeng/eslint-plugin-vue-property-precheck"
      },
      "vue-pug": {
        repository: "https://github.com/rashfael/eslint-plugin-vue-pug"
      },
      "vue-root-class": {
        repository: "https://github.com/wiese/eslint-plugin-vue-root-class"
      },
      "vue-scoped-css": {
        repository: "https://github.com/future-architect/eslint-plugin-vue-scoped-css"
      },
      "vue-split-by-script-lang": {
        repository: "https://github.com/kmathmann/eslint-plugin-vue-split-by-script-lang"
      },
      "vue-style-tag": {
        repository: "https://github.com/talltotal/eslint-plugin-vue-style-tag"
      },
      "vue-types": {
        repository: "https://github.com/dwightjack/eslint-plugin-vue-types"
      },
      "vue3-jsx": {
        repository: "https://github.com/lk0606/lint"
      },
      vuefix: {
        repository: "https://github.com/lkiarest/eslint-plugin-vuefix"
      },
      "vuejs-accessibility": {
        repository: "https://github.com/vue-a11y/eslint-plugin-vuejs-accessibility"
      },
      vuetify: {
        repository: "https://github.com/vuetifyjs/eslint-plugin-vuetify"
      },
      "wang_eslint-plugin-vue": {
        repository: "https://github.com/vuejs/eslint-plugin-vue"
      },
      wantedly: {
        repository: "https://github.com/wantedly/frolint"
      },
      wc: {
        repository: "https://github.com/43081j/eslint-plugin-wc"
      },
      wdio: {
        repository: "https://github.com/webdriverio/webdriverio"
      },
      web: {
        repository: "https://github.com/aladdin-add/eslint-plugin"
      },
      webassembly: {
        repository: "https://github.com/xtuc/webassemblyjs"
      },
      webgl: {
        repository: "https://github.com/amilajack/eslint-plugin-webgl"
      },
      "webgl-logic": {
        repository: "https://github.com/peteward44/eslint-plugin-webgl-logic"
      },
      "webpack-eslint-plugin": {
        repository: "https://github.com/eyasliu/webpack-eslint-plugin"
      },
      weex: {
        repository: "https://github.com/erha19/eslint-plugin-weex"
      },
      "weex-vue": {
        repository: "https://github.com/erha19/eslint-plugin-weex-vue"
      },
      weiyi: {
        repository: "https://github.com/borenXue/front-packages"
      },
      wemlion: {
        repository: "https://github.com/AngusFu/wemlion-frontend-conf"
      },
      whitespace: {
        repository: "https://github.com/willklein/eslint-plugin-whitespace"
      },
      why: {
        repository: "https://github.com/coleturner/eslint-plugin-why"
      },
      widen: {
        repository: "https://github.com/Widen/eslint-config"
      },
      "winniepukki-guidelines": {
        repository: "https://github.com/winniepukki/guidelines"
      },
      "with-tsc-error": {
        repository: "https://github.com/mkusaka/eslint-plugin-with-tsc-error"
      },
      "wix-custom-rules": {
        repository: "https://github.com/wix-incubator/wix-eslint-custom-rules"
      },
      "wix-editor": {
        repository: "https://github.com/wix/eslint-plugin-wix-editor"
      },
      "wix-style-react": {
        repository: "https://github.com/wix/wix-ui"
      },
      wkovacs64: {
        repository: "https://github.com/wKovacs64/eslint-plugin-wkovacs64"
      },
      woke: {
        repository: "https://github.com/amwmedia/eslint-plugin-woke"
      },
      wolkenkit: {
        repository: "https://github.com/thenativeweb/eslint-plugin-wolkenkit"
      },
      workspaces: {
        repository: "https://github.com/joshuajaco/eslint-plugin-workspaces"
      },
      wpcalypso: {
        repository: "https://github.com/Automattic/wp-calypso"
      },
      wpy: {
        repository: "https://github.com/romoo/eslint-plugin-wpy"
      },
      wrapper: {
        repository: "https://github.com/mmkal/eslint-plugin-wrapper"
      },
      "write-good-comments": {
        repository: "https://github.com/kantord/eslint-plugin-write-good-comments"
      },
      wtf: {
        repository: "https://github.com/qix-/eslint-plugin-wtf"
      },
      wtlin: {
        repository: "https://github.com/wtlin1228/eslint-plugin-wtlin"
      },
      wxml: {
        repository: "https://github.com/wxmlfile/eslint-plugin-wxml"
      },
      xgh: {
        repository: "https://github.com/fabioemoutinho/xgh"
      },
      "xod-fp": {
        repository: "https://github.com/xodio/eslint-plugin-xod-fp"
      },
      xogroup: {
        repository: "https://github.com/xogroup/eslint-plugin-xogroup"
      },
      xss: {
        repository: "https://github.com/Rantanen/eslint-plugin-xss"
      },
      xstate: {
        repository: "https://github.com/rlaffers/eslint-plugin-xstate"
      },
      xunit: {
        repository: "https://github.com/rochejul/eslint-plugin-xunit"
      },
      xurei: {
        repository: "https://github.com/xurei/eslint-plugin"
      },
      "xxx-eslint": {
        repository: "https://github.com/SaiRS/eslint-plugin-xxx-eslint"
      },
      yaml: {
        repository: "https://github.com/aminya/eslint-plugin-yaml"
      },
      "yandex-maps": {
        repository: "https://github.com/npm/security-holder"
      },
      yaypay: {
        repository: "https://github.com/SergiiKudriashov/eslint-plugin-yaypay"
      },
      "yen-symbol-check": {
        repository: "https://github.com/yaofangchao/eslint-plugin-yen-symbol-check"
      },
      yml: {
        repository: "https://github.com/ota-meshi/eslint-plugin-yml"
      },
      yola: {
        repository: "https://github.com/yola/eslint-plugin-yola"
      },
      "you-dont-need-lodash-underscore": {
        repository: "https://github.com/you-dont-need/You-Dont-Need-Lodash-Underscore"
      },
      "you-dont-need-momentjs": {
        repository: "https://github.com/you-dont-need/You-Dont-Need-Momentjs"
      },
      "you-dont-need-recompose": {
        repository: "https://github.com/icrosil/eslint-plugin-you-dont-need-recompose"
      },
      zero: {
        repository: "https://github.com/zero-config/eslint-plugin-zero"
      },
      "zero-config": {
        repository: "https://github.com/exelord/eslint-plugin-zero-config"
      },
      zflow: {
        repository: "https://github.com/tzstone/eslint-plugin-flow"
      },
      zillow: {
        repository: "https://github.com/zillow/javascript"
      },
      zob: {
        repository: "https://github.com/xovel/zob"
      },
      zoelint: {
        repository: "https://github.com/bombbombbeng/eslint-plugin-zoelint"
      },
      zooshgroup: {
        repository: "https://github.com/zooshgroup/eslint-plugin-zooshgroup"
      },
      "zving-specifications": {
        repository: "https://github.com/abeet/eslint-plugin-zving-specifications"
      }
    };
  }
});

// node_modules/eslint-rule-docs/index.js
var require_eslint_rule_docs = __commonJS({
  "node_modules/eslint-rule-docs/index.js"(exports2, module2) {
    var plugins = require_plugins();
    module2.exports = function(ruleKey) {
      const [pluginName, ruleName] = ruleKey.split("/");
      if (!ruleName) {
        return {
          exactMatch: true,
          url: "https://eslint.org/docs/rules/" + ruleKey
        };
      }
      const found = plugins[pluginName];
      if (!found) {
        throw new Error("No documentation found for rule");
      }
      if (found.docs) {
        return {
          exactMatch: true,
          url: `${found.docs}${ruleName}.md`
        };
      }
      if (found.repository) {
        return {
          exactMatch: false,
          url: found.repository
        };
      }
      throw new Error("No documentation found for rule");
    };
  }
});

// eslint-rule-docs.cjs
module.exports = require_eslint_rule_docs();
