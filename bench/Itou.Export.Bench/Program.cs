using BenchmarkDotNet.Running;

// Each hot path has a benchmark class in this project; pick them with --filter, e.g.
//   dotnet run -c Release --project bench/Itou.Export.Bench -- --filter '*Load*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
