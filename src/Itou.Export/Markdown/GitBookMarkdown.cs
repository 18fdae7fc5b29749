using Itou.Export.Markdown.Api;
using Itou.Export.Markdown.Cleanup;
using Itou.Export.Markdown.Headings;
using Itou.Export.Markdown.Html;
using Itou.Export.Markdown.Diagrams;
using Itou.Export.Markdown.Formulas;
using Itou.Export.Markdown.Includes;
using Itou.Export.Markdown.Steppers;
using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
        var (text, page) = PagePreparer.Prepare(markdown, context, GitBookPipeline.Tags);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, GitBookPipeline.Pipeline, page.ToParserContext());
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Markdig refuses some pathological inputs (its own depth limit): keep the words, lose the shape.
            context.Report(DiagnosticCodes.MarkdownParseFailed, 0, $"The page could not be parsed as Markdown ({error.Message}): its text is kept as plain paragraphs.", DiagnosticSeverity.Error);
            document = PlainParagraphs(text);
        }
        RunPasses(document, page);
        return document;
    }

    /// <summary>The AST passes, in order: each one owns one concern.</summary>
    private static void RunPasses(MarkdownDocument document, PageState page)
    {
        foreach (var remnant in BlockTree.All<TagRemnantBlock>(document)) remnant.Parent?.Remove(remnant);
        ApiExtension.Normalize(document);
        StepperNumbering.Number(document);
        DiagramExtension.ConvertMermaidFences(document);
        HtmlBlockPass.Run(document, page);
        HeadingIds.TakeAnchors(document);
        InlineHtmlPass.Run(document, page);
        DepthGuard.Run(document, page);
        AstCleaner.Run(document);
        FormulaPass.Run(document, page);
        Emoji.Shortcodes.ReportUnknown(document, page);
        HeadingIds.AssignSlugs(document);
        IncludeExpander.Expand(document, page);
        SourceLines.Remap(document, page);
    }

    private static MarkdownDocument PlainParagraphs(string text)
    {
        var document = new MarkdownDocument();
        foreach (var paragraphText in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
            paragraph.Inline.AppendChild(new LiteralInline(paragraphText.Replace('\n', ' ')));
            document.Add(paragraph);
        }
        return document;
    }
}
