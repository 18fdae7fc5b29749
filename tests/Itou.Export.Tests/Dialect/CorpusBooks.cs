using System.Collections.Concurrent;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// Each corpus exported once as a book with the default theme, shared by every check that reads it
/// (page economy, the dialect's corpus checks), so that a corpus costs one export per test run.
/// </summary>
internal static class CorpusBooks
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<ExportedPdf>>> Books = new(StringComparer.Ordinal);

    /// <summary>The six corpora of ../shared/corpus.</summary>
    public static TheoryData<string> Names => ["botsbusiness-ar", "cherry-studio-zh", "flowise-es", "gitbook-docs", "hostvm-ru", "itou-gitbook"];

    /// <summary>The book of <paramref name="corpus"/> (skips, saying so, when the corpus is absent).</summary>
    public static Task<ExportedPdf> GetAsync(string corpus)
    {
        var folder = TestPaths.CorpusOrSkip(corpus);
        return Books.GetOrAdd(corpus, _ => new Lazy<Task<ExportedPdf>>(() =>
            ExportedPdf.CreateAsync(folder, ExportSelection.Book, Theme.Default, "book-" + corpus))).Value;
    }
}
