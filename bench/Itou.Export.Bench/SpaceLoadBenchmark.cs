using BenchmarkDotNet.Attributes;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Bench;

/// <summary>
/// Loading the whole corpus: config, summary, 94 pages read, decoded and parsed with the dialect;
/// then the same with every link and asset reference resolved (what <c>check</c> does).
/// </summary>
[MemoryDiagnoser]
public class SpaceLoadBenchmark
{
    private string corpus = "";

    [GlobalSetup]
    public void Setup() =>
        corpus = CorpusPaths.ItouGitBook() ?? throw new InvalidOperationException("The shared corpus (../shared/corpus/itou-gitbook) is not beside the repository.");

    [Benchmark]
    public Task<GitBookSpace> Load_and_parse_the_corpus() => SpaceLoader.LoadAsync(corpus);

    [Benchmark]
    public async Task<ReferenceReport> Load_parse_and_check_the_corpus() =>
        ReferenceChecker.Check(Publication.Create(await SpaceLoader.LoadAsync(corpus), ExportSelection.Book));
}
