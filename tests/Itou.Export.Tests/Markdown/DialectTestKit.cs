using Itou.Export.Markdown;
using Itou.Export.Publishing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

/// <summary>Parses Markdown the way the space layer does and exposes what spec tests assert on.</summary>
internal sealed class Parsed
{
    public Parsed(string markdown, IReadOnlyDictionary<string, string>? variables = null, Func<string, (string, string)?>? readInclude = null, ExportLimits? limits = null)
    {
        Diagnostics = new DiagnosticBag();
        Document = GitBookMarkdown.Parse(markdown, new GitBookParseContext
        {
            FilePath = "page.md",
            Diagnostics = Diagnostics,
            Variables = variables ?? new Dictionary<string, string>(),
            IncludeReader = readInclude is null ? (_, _, _) => null : (_, reference, _) => readInclude(reference),
            Limits = limits ?? new ExportLimits(),
        });
    }

    public MarkdownDocument Document { get; }

    public DiagnosticBag Diagnostics { get; }

    public IReadOnlyList<string> Codes => [.. Diagnostics.Items.Select(d => d.Code)];

    public T Single<T>() where T : MarkdownObject => Assert.Single(All<T>());

    public IReadOnlyList<T> All<T>() where T : MarkdownObject => [.. Walk(Document).OfType<T>()];

    /// <summary>Every piece of text a writer would print from inlines (literals, code spans).</summary>
    public IReadOnlyList<string> Texts => [.. Walk(Document).OfType<Inline>().Select(TextOf).OfType<string>()];

    /// <summary>The text of a node's inlines, joined (line breaks as spaces).</summary>
    public static string Text(MarkdownObject node) =>
        string.Concat(Walk(node).OfType<Inline>().Select(i => i is LineBreakInline ? " " : TextOf(i)));

    /// <summary>Every block and inline under a node (itself included), in document order.</summary>
    public static IEnumerable<MarkdownObject> Walk(MarkdownObject node)
    {
        var stack = new Stack<MarkdownObject>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            IEnumerable<MarkdownObject> children = current switch
            {
                ContainerBlock container => container,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children.Reverse()) stack.Push(child);
        }
    }

    private static string? TextOf(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlInline html => html.Tag,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        _ => null,
    };
}
