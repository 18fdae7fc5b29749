using System.Text.RegularExpressions;
using Itou.Export.Markdown.Emoji;
using Itou.Export.Tests.Pdf.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// What GitBook shows, checked on the printed books of the six corpora (issue 14): no raw shortcode the
/// table knows, no trailing backslash outside code, no <c>**</c> but those the source leaves unpaired, no
/// page file name or asset path the source does not show, and code lines indented on paper as in the source.
/// One export per corpus.
/// </summary>
public sealed partial class DialectCorpusChecks
{
    public static TheoryData<string> Corpora => CorpusBooks.Names;

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Prints_no_raw_shortcode_the_table_knows(string corpus)
    {
        var (printed, source) = await Read(corpus);
        var raw = Shortcode().Matches(printed.Text).Select(m => m.Value)
            .Where(code => Shortcodes.Table.ContainsKey(code) && !source.Prose.Contains(code, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(raw.Count == 0, string.Join(" ", raw));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Prints_no_trailing_backslash_outside_code(string corpus)
    {
        var (printed, source) = await Read(corpus);
        var code = Squeezed(source.Code);
        var stray = printed.Lines.Where(line => line.TrimEnd().EndsWith('\\') && !code.Contains(Squeezed(Tail(line.TrimEnd(), 12)), StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(stray.Count == 0, string.Join("\n", stray.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Prints_no_bold_marker_but_those_the_source_leaves_unpaired(string corpus)
    {
        var pdf = await CorpusBooks.GetAsync(corpus);
        var (printed, source) = (Printed.Of(pdf), Source.Of(pdf));
        var code = Squeezed(source.Code);
        var raw = printed.Lines.Where(line => BoldMarker().IsMatch(line) && !code.Contains(Squeezed(line), StringComparison.Ordinal)).ToList();
        var unpaired = RawSource.Pages(pdf.Publication).Sum(RawSource.UnpairedBoldMarkers);
        TestContext.Current.TestOutputHelper?.WriteLine($"{corpus}: {raw.Sum(line => BoldMarker().Count(line))} ** printed in prose, {unpaired} unpaired in the source");
        Assert.True(raw.Sum(line => BoldMarker().Count(line)) <= unpaired, $"{unpaired} unpaired in the source; printed:\n{string.Join("\n", raw.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Prints_no_file_name_or_asset_path_the_source_does_not_show(string corpus)
    {
        var pdf = await CorpusBooks.GetAsync(corpus);
        // Code is printed as written (addresses too); prose shows no address. pdftotext joins a word cut
        // at a hyphen, so hyphens are left out on both sides.
        var shown = Squeezed(RawSource.Shown(pdf.Publication) + Source.Of(pdf).Code).Replace("-", "", StringComparison.Ordinal);
        var words = FileWord().Matches(Printed.Of(pdf).Text).Select(match => match.Value.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '«', '»', '“', '”'))
            .ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{corpus}: {words.Count} file names or asset paths printed");
        var stray = words.Where(word => !shown.Contains(word.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(stray.Count == 0, string.Join("\n", stray.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Code_lines_keep_their_indentation(string corpus)
    {
        var pdf = await CorpusBooks.GetAsync(corpus);
        var (checkedPairs, wrong) = CodeIndentation.Check(pdf);
        TestContext.Current.TestOutputHelper?.WriteLine($"{corpus}: {wrong.Count} of {checkedPairs} indented line pairs misplaced");
        Assert.True(wrong.Count <= checkedPairs / 20, $"{wrong.Count} of {checkedPairs} indented code lines misplaced:\n{string.Join("\n", wrong.Take(15))}");
    }

    private static async Task<(Printed Printed, Source Source)> Read(string corpus)
    {
        var pdf = await CorpusBooks.GetAsync(corpus);
        return (Printed.Of(pdf), Source.Of(pdf));
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    private static string Squeezed(string text) => WhiteSpace().Replace(text, "");

    private sealed record Printed(string Text, IReadOnlyList<string> Lines)
    {
        public static Printed Of(ExportedPdf pdf)
        {
            var text = string.Join("\n", PdfTools.TextPages(pdf.Path));
            return new Printed(text, text.Split('\n'));
        }
    }

    /// <summary>The printed pages' source: every text it holds (prose and code), and its code alone.</summary>
    private sealed record Source(string Prose, string Code)
    {
        public static Source Of(ExportedPdf pdf)
        {
            var documents = pdf.Publication.Pages.Select(page => page.Document).ToList();
            var code = documents.SelectMany(document => document.Descendants()).Select(node => node switch
            {
                CodeBlock block => block.Lines.ToString(),
                CodeInline inline => inline.Content,
                _ => null,
            }).OfType<string>();
            return new Source(string.Join("\n", documents.Select(SourceText.Of)), string.Join("\n", code));
        }
    }

    [GeneratedRegex(@":[a-z0-9_+\-]+:")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?<![\\*])\*\*(?!\*)")]
    private static partial Regex BoldMarker();

    // ASCII around the name: CJK prose runs on without spaces.
    [GeneratedRegex(@"[\x21-\x7E]*(?:\.md\b|\.gitbook/assets)[\x21-\x7E]*")]
    private static partial Regex FileWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
