using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Markdown.Embeds;
using Itou.Export.Markdown.Files;
using Itou.Export.Markdown.Hints;
using Itou.Export.Publishing;
using Itou.Export.Tests.Support;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

/// <summary>Every page of the real corpus through the dialect: typed nodes only, no raw tags, no editor debris.</summary>
public sealed class DialectCorpusTests
{
    [Fact]
    public void Every_corpus_page_parses_clean()
    {
        var corpus = TestPaths.CorpusOrSkip();
        var pages = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var all = new List<Parsed>();
        foreach (var file in pages)
        {
            var parsed = new Parsed(File.ReadAllText(file));
            all.Add(parsed);
            Assert.DoesNotContain(DiagnosticCodes.MarkdownUnknownTag, parsed.Codes);
            Assert.DoesNotContain(DiagnosticCodes.MarkdownParseFailed, parsed.Codes);
            Assert.Empty(parsed.All<HtmlBlock>());
            Assert.Empty(parsed.All<HtmlInline>());
            Assert.Empty(parsed.All<HtmlEntityInline>());
            foreach (var text in parsed.Texts)
            {
                Assert.False(text.Contains("{%", StringComparison.Ordinal) || text.Contains("&#x20;", StringComparison.Ordinal) || text.Contains('\0') || text.Contains('\u200B') || text.Contains('\r'),
                    $"{Path.GetRelativePath(corpus, file)}: [{text}]");
            }
            Assert.All(parsed.All<HeadingBlock>(), h => Assert.False(string.IsNullOrEmpty(h.TryGetAttributes()?.Id)));
        }
        // The corpus inventory's counts for the snapshot (INVENTORY.md): 145 hints (110 info, 18 warning, 7 danger, 10 success),
        // 9 embeds, 5 files (4 in block form), 8 content-refs.
        Assert.Equal(95, pages.Count);
        Assert.Equal(145, all.Sum(p => p.All<HintBlock>().Count));
        Assert.Equal(9, all.Sum(p => p.All<EmbedBlock>().Count));
        Assert.Equal(5, all.Sum(p => p.All<FileBlock>().Count));
        Assert.Equal(8, all.Sum(p => p.All<ContentRefBlock>().Count));
    }
}
