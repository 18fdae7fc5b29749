using Itou.Export.Markdown;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Itou.Export.Space;

/// <summary>The one place where the space hands page text to the Markdown parser.</summary>
internal static class PageMarkdown
{
    // Until the GitBook dialect pipeline lands, plain CommonMark with heading ids.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    /// <summary>Parses a page (or included file) body into its syntax tree.</summary>
    public static MarkdownDocument Parse(string text, GitBookParseContext context) =>
        Markdig.Markdown.Parse(text, Pipeline);
}
