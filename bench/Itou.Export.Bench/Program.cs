using BenchmarkDotNet.Running;

// Each hot path has a benchmark class in this project; pick them with --filter, e.g.
//   dotnet run -c Release --project bench/Itou.Export.Bench -- --filter '*Load*'
if (args is ["docx", _, _, ..])
    return await Itou.Export.Bench.DocxFiles.RunAsync(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
