using BenchmarkDotNet.Running;

// Each hot path has a benchmark class in this project; pick them with --filter, e.g.
//   dotnet run -c Release --project bench/Itou.Export.Bench -- --filter '*Load*'
//   dotnet run -c Release --project bench/Itou.Export.Bench -- --filter '*Language*'   (the document language told from the corpus pages)
//   dotnet run -c Release --project bench/Itou.Export.Bench -- pdf-once [folder|-] [text|photos|book]   (layout engine, one timed run)
//   dotnet run -c Release --project bench/Itou.Export.Bench -- pictures   (the corpus PNGs prepared for print)
//   dotnet run -c Release --project bench/Itou.Export.Bench -- toc-agreement SPACE OUT [--section S] [--theme T] [--lines]   (DOCX contents numbers vs LibreOffice)
//   dotnet run -c Release --project bench/Itou.Export.Bench -- bidi   (UAX #9: paragraphs per second)
//   dotnet run -c Release --project bench/Itou.Export.Bench -- scripts scan|korean|cherry-studio-zh|hostvm-ru [folder]   (fonts for every script)
if (args is ["toc-agreement", _, _, ..])
    return await Itou.Export.Bench.TocAgreementRun.RunAsync(args);
if (args is ["docx", _, _, ..])
    return await Itou.Export.Bench.DocxFiles.RunAsync(args);
if (args is ["pdf-once", ..])
{
    Itou.Export.Bench.PdfOnce.Run(args.Length > 1 && args[1] != "-" ? args[1] : null, args.Length > 2 ? args[2] : null);
    return 0;
}
if (args is ["scripts", var workload, ..])
{
    Itou.Export.Bench.ScriptsOnce.Run(workload, args.Length > 2 ? args[2] : null);
    return 0;
}
if (args is ["bidi"])
{
    Itou.Export.Bench.BidiOnce.Run();
    return 0;
}
if (args is ["pictures"])
{
    Itou.Export.Bench.PrintImagesOnce.Run();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
