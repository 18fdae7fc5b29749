using BenchmarkDotNet.Attributes;
using Itou.Export.Localization;
using Itou.Export.Space;

namespace Itou.Export.Bench;

/// <summary>
/// Telling the corpus book's language from its pages (what every export does once when the theme names
/// no language): titles and text runs, at most 100,000 characters, scripts counted, common words scored.
/// </summary>
[MemoryDiagnoser]
public class LanguageDetectionBenchmark
{
    private IReadOnlyList<Page> pages = [];

    [GlobalSetup]
    public async Task Setup() =>
        pages = (await SpaceLoader.LoadAsync(CorpusPaths.ItouGitBook() ?? throw new InvalidOperationException("The shared corpus (../shared/corpus/itou-gitbook) is not beside the repository."))).Pages;

    [Benchmark]
    public string? Detect_the_corpus_language() => LanguageDetector.Detect(pages);
}
