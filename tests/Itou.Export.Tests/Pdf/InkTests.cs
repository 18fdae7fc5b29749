using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf;

/// <summary>Every word of the text layer is drawn: pages rendered to pixels have ink under each word box.</summary>
public sealed class InkTests
{
    [Theory]
    [InlineData("langues/chinois.md")]
    [InlineData("langues/japonais.md")]
    [InlineData("langues/coreen.md")]
    [InlineData("langues/hindi.md")]
    [InlineData("langues/thai.md")]
    [InlineData("langues/vietnamien.md")]
    [InlineData("langues/grec.md")]
    [InlineData("langues/russe.md")]
    public async Task Every_word_of_a_sample_page_in_each_script_has_ink_under_it(string page)
    {
        var pdf = await ExportedPdf.CreateAsync(TestPaths.SampleSpace, ExportSelection.Page(page), Theme.Default, "ink-" + Path.GetFileNameWithoutExtension(page));

        var (blank, words) = InkCheck.BlankWords(pdf.Path);

        Assert.True(words > 10, $"only {words} words in the text layer");
        Assert.True(blank.Count == 0, $"{blank.Count} of {words} words drawn blank: {string.Join(" ", blank.Take(20))}");
        Assert.DoesNotContain(pdf.Diagnostics, d => d.Code == DiagnosticCodes.PdfMissingGlyph);
    }

    [Theory]
    [InlineData("itou-gitbook")]
    [InlineData("gitbook-docs")]
    [InlineData("cherry-studio-zh")]
    [InlineData("flowise-es")]
    [InlineData("hostvm-ru")]
    [InlineData("botsbusiness-ar")]
    public async Task A_corpus_book_has_under_two_blank_words_in_a_thousand(string corpus)
    {
        var folder = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "corpus", corpus));
        if (!Directory.Exists(folder))
            Assert.Skip($"The corpus {corpus} is not at {folder} (fresh clone): its ink check is skipped.");
        var pdf = await ExportedPdf.CreateAsync(folder, ExportSelection.Book, Theme.Default, "ink-" + corpus);

        var (blank, words) = InkCheck.BlankWords(pdf.Path);

        Assert.True(words > 500, $"only {words} words in the text layer of the sampled pages");
        Assert.True(blank.Count <= words * 0.002, $"{blank.Count} of {words} words drawn blank: {string.Join(" ", blank.Take(20))}");
    }
}
