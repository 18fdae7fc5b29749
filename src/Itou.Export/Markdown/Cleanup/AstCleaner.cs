using System.Text.RegularExpressions;
using Itou.Export.Markdown.Tags;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Cleanup;

/// <summary>
/// The tree-level half of artifact cleanup (the text-level half is <see cref="LineCleaner"/>): entities
/// become plain text, GitBook's loose bold (<c>17.12**.20**</c>, <c>**,**</c>) that CommonMark leaves as
/// literal <c>**</c> becomes bold, empty emphasis and empty paragraphs go, single-dollar "math" is text
/// again (GitBook math is <c>$$</c>), and no tag marker (<c>{%</c>) can survive in text.
/// </summary>
internal static partial class AstCleaner
{
    public static void Run(MarkdownDocument document)
    {
        foreach (var leaf in BlockTree.All<LeafBlock>(document))
        {
            if (leaf.Inline is not null) CleanInlines(leaf.Inline);
            if (leaf.Inline is not null) DropTrailingBackslash(leaf.Inline);
            if (leaf.Parent is Markdig.Extensions.Tables.TableCell && leaf.Inline is not null) UnescapeCellPipes(leaf.Inline);
            if (leaf is CodeBlock code && code.Lines.ToString().Contains("{%#", StringComparison.Ordinal)) ScrubPlaceholders(code);
        }
        foreach (var paragraph in BlockTree.All<ParagraphBlock>(document))
        {
            if (paragraph.Inline is null || IsBlank(paragraph.Inline)) paragraph.Parent?.Remove(paragraph);
        }
    }

    private static void CleanInlines(ContainerInline root)
    {
        var containers = new List<ContainerInline>();
        var stack = new Stack<ContainerInline>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var container = stack.Pop();
            containers.Add(container);
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is ContainerInline nested) stack.Push(nested);
            }
        }
        foreach (var container in containers)
        {
            for (var child = container.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                switch (child)
                {
                    case HtmlEntityInline entity:
                        entity.ReplaceBy(new LiteralInline(entity.Transcoded.ToString()));
                        break;
                    case MathInline { DelimiterCount: 1 } math:
                        // Printed as text now, so it gets the same tag-marker scrub as any literal.
                        math.ReplaceBy(new LiteralInline(RemoveTagMarkers("$" + math.Content + "$")));
                        break;
                    case LiteralInline literal when literal.Content.AsSpan().Contains("{%", StringComparison.Ordinal):
                        // A tag the scanner did not see (its guess of code spans differs from Markdig's): never print it raw.
                        literal.Content = new StringSlice(RemoveTagMarkers(literal.Content.ToString()));
                        break;
                }
                if (child is LiteralInline { Parent: not null } text) CollapseSpaces(text);
                child = next;
            }
            PairLooseBold(container);
        }
        // Children before parents: an emphasis emptied by cleanup is removed too.
        for (var i = containers.Count - 1; i >= 0; i--)
        {
            if (containers[i] is EmphasisInline emphasis && IsBlank(emphasis)) Unwrap(emphasis);
        }
    }

    /// <summary>Pairs literal <c>**</c> runs left by CommonMark's flanking rules, when they pair up evenly in one container.</summary>
    private static void PairLooseBold(ContainerInline container)
    {
        var markers = container.OfType<LiteralInline>().Where(l => l.Content.AsSpan().SequenceEqual("**")).ToList();
        if (markers.Count < 2 || markers.Count % 2 != 0) return;
        for (var i = 0; i < markers.Count; i += 2)
        {
            var bold = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2 };
            for (var node = markers[i].NextSibling; node is not null && node != markers[i + 1];)
            {
                var next = node.NextSibling;
                node.Remove();
                bold.AppendChild(node);
                node = next;
            }
            markers[i + 1].Remove();
            markers[i].ReplaceBy(bold);
        }
    }

    /// <summary>
    /// GitBook's line break is a trailing backslash; at the end of a paragraph or cell CommonMark keeps it as
    /// text. There it breaks before nothing: it goes.
    /// </summary>
    private static void DropTrailingBackslash(ContainerInline root)
    {
        var last = root.LastChild;
        while (last is LineBreakInline) last = last.PreviousSibling;
        if (last is not LiteralInline literal) return;
        var text = literal.Content.ToString();
        if (!text.TrimEnd().EndsWith('\\')) return;
        text = text.TrimEnd()[..^1].TrimEnd();
        if (text.Length == 0) literal.Remove();
        else literal.Content = new StringSlice(text);
    }

    /// <summary>In a pipe table cell <c>\|</c> is the pipe, in code spans too (GFM); Markdig leaves the backslash in code.</summary>
    private static void UnescapeCellPipes(ContainerInline root)
    {
        foreach (var code in root.Descendants<CodeInline>())
        {
            if (code.Content.Contains("\\|", StringComparison.Ordinal)) code.Content = code.Content.Replace("\\|", "|", StringComparison.Ordinal);
        }
    }

    /// <summary>Runs of spaces and tabs in prose are one space, as HTML shows them (code keeps its spaces).</summary>
    private static void CollapseSpaces(LiteralInline literal)
    {
        var span = literal.Content.AsSpan();
        if (!span.Contains("  ", StringComparison.Ordinal) && !span.Contains('\t')) return;
        literal.Content = new StringSlice(SpaceRun().Replace(literal.Content.ToString(), " "));
    }

    private static bool IsBlank(ContainerInline container)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case LiteralInline literal when literal.Content.AsSpan().IsWhiteSpace():
                case LineBreakInline:
                    continue;
                case EmphasisInline emphasis when IsBlank(emphasis):
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static void Unwrap(ContainerInline container)
    {
        var children = container.ToList();
        foreach (var child in children)
        {
            child.Remove();
            container.InsertBefore(child);
        }
        container.Remove();
    }

    private static string RemoveTagMarkers(string text)
    {
        for (var at = text.IndexOf("{%", StringComparison.Ordinal); at >= 0; at = text.IndexOf("{%", StringComparison.Ordinal))
        {
            var end = text.IndexOf("%}", at + 2, StringComparison.Ordinal);
            text = end < 0 ? text.Remove(at, 2) : text.Remove(at, end + 2 - at);
        }
        return text;
    }

    private static void ScrubPlaceholders(CodeBlock code)
    {
        var lines = new StringLineGroup(code.Lines.Count);
        foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
        {
            if (GitBookTag.ParsePlaceholder(line.Slice.AsSpan()) < 0) lines.Add(line.Slice);
        }
        code.Lines = lines;
    }

    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex SpaceRun();
}
