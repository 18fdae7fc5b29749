using Itou.Export.Markdown;
using Markdig.Syntax;

namespace Itou.Export.Space;

/// <summary>The one place where the space hands page text to the Markdown parser (the GitBook dialect).</summary>
internal static class PageMarkdown
{
    /// <summary>Parses a page body into its syntax tree.</summary>
    public static MarkdownDocument Parse(string text, GitBookParseContext context) =>
        GitBookMarkdown.Parse(text, context);
}
