using BenchmarkDotNet.Attributes;
using Itou.Export.Markdown;
using Itou.Export.Publishing;

namespace Itou.Export.Bench;

/// <summary>
/// The dialect alone: every page of the corpus (already in memory) parsed by <see cref="GitBookMarkdown.Parse"/>,
/// so its cost can be told apart from file reading in <see cref="SpaceLoadBenchmark"/>.
/// </summary>
[MemoryDiagnoser]
public class DialectParseBenchmark
{
    private (string Path, string Text)[] pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusPaths.ItouGitBook() ?? throw new InvalidOperationException("The shared corpus (../shared/corpus/itou-gitbook) is not beside the repository.");
        pages = [.. Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(corpus, file), File.ReadAllText(file)))];
    }

    [Benchmark]
    public int Parse_every_corpus_page()
    {
        var diagnostics = new DiagnosticBag();
        var blocks = 0;
        foreach (var (path, text) in pages)
            blocks += GitBookMarkdown.Parse(text, new GitBookParseContext { FilePath = path, Diagnostics = diagnostics }).Count;
        return blocks;
    }
}
