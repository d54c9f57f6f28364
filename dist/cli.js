import{processIO}from"./chunks/chunk-MDT3YQE4.js";import{VERSION}from"./chunks/chunk-USKYQJXF.js";import"./chunks/chunk-YXQWROL7.js";async function run(argv,io=processIO()){if(argv.length===1&&(argv[0]==="--version"||argv[0]==="-v"))return io.stdout.write(`${VERSION}
`),0;let{run:runCli}=await import("./chunks/main-R5YRFCRW.js");return runCli(argv,io)}export{run};
