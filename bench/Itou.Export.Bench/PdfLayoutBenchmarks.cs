using BenchmarkDotNet.Attributes;
using Itou.Export.Pdf.Layout;

namespace Itou.Export.Bench;

/// <summary>
/// The layout engine end to end (tree built, two passes, subsetting, PDF written to memory).
/// <c>--filter '*PdfLayout*'</c>; for a one-shot run with the page count, file size and peak memory:
/// <c>dotnet run -c Release --project bench/Itou.Export.Bench -- pdf-once</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PdfLayoutBenchmarks
{
    private List<byte[]> photos = [];

    [GlobalSetup]
    public void Setup() => photos = PdfLayoutWorkloads.Photos();

    [Benchmark]
    public long FrenchText300Pages()
    {
        using var output = new MemoryStream();
        PdfLayoutWorkloads.Write(PdfLayoutWorkloads.FrenchText(), output);
        return output.Length;
    }

    [Benchmark]
    public long Photos50()
    {
        var sources = photos.Select(photo => ImageSource.Load(photo)!).ToList();
        using var output = new MemoryStream();
        PdfLayoutWorkloads.Write(PdfLayoutWorkloads.PhotoAlbum(sources), output);
        sources.ForEach(source => source.Dispose());
        return output.Length;
    }
}
