import{EXIT_FAILURE,EXIT_FINDINGS,EXIT_OK,buildProgram,run}from"./chunk-QSMK3N6R.js";import"./chunk-564UKN75.js";export{EXIT_FAILURE,EXIT_FINDINGS,EXIT_OK,buildProgram,run};
