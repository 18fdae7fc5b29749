using Markdig;
using Markdig.Syntax;

namespace Itou.Export.Markdown;

/// <summary>
/// The single entry point of the GitBook dialect: one page's Markdown (front matter already removed by
/// the space layer) in, one Markdig syntax tree out, in which every GitBook construct is a typed node
/// (see docs/DIALECT.md). Never throws on bad input: problems go to <see cref="GitBookParseContext.Diagnostics"/>.
/// </summary>
public static class GitBookMarkdown
{
    /// <summary>Parses one page.</summary>
    public static MarkdownDocument Parse(string markdown, GitBookParseContext context)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(context);
        return Markdig.Markdown.Parse(markdown, GitBookPipeline.Pipeline);
    }
}
