import{EXIT_FAILURE,EXIT_FINDINGS,EXIT_OK,buildProgram,run}from"./chunk-W6SGX4PG.js";import"./chunk-564UKN75.js";export{EXIT_FAILURE,EXIT_FINDINGS,EXIT_OK,buildProgram,run};
