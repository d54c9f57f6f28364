import{VERSION,processIO}from"./chunks/chunk-564UKN75.js";async function run(argv,io=processIO()){if(argv.length===1&&(argv[0]==="--version"||argv[0]==="-v"))return io.stdout.write(`${VERSION}
`),0;let{run:runCli}=await import("./chunks/main-Q2ZYVYGN.js");return runCli(argv,io)}export{run};
