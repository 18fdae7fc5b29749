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

    /// <summary>
    /// Pairs the literal <c>**</c> runs CommonMark's flanking rules left as text (<c>** x **</c>, <c>**100 **</c>
    /// before code, bold over a soft break), in order, as GitBook's renderer does; an odd last one stays text.
    /// Spaces just inside a pair move just outside it.
    /// </summary>
    private static void PairLooseBold(ContainerInline container)
    {
        var markers = BoldMarkers(container);
        for (var i = 0; i + 1 < markers.Count; i += 2)
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
            MoveEdgeSpacesOut(bold);
        }
    }

    /// <summary>Every <c>**</c> of the container's literals (not part of a longer run of stars) as a literal of its own.</summary>
    private static List<LiteralInline> BoldMarkers(ContainerInline container)
    {
        var markers = new List<LiteralInline>();
        for (Inline? child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline literal || !literal.Content.AsSpan().Contains("**", StringComparison.Ordinal)) continue;
            var text = literal.Content.ToString();
            var pieces = BoldMarker().Split(text);
            if (pieces.Length == 1 || (literal.IsFirstCharacterEscaped && text.StartsWith("**", StringComparison.Ordinal))) continue;
            foreach (var piece in pieces.Where(piece => piece.Length > 0))
            {
                var part = new LiteralInline(piece) { Line = literal.Line, Column = literal.Column };
                InsertBefore(literal, part);
                if (piece == "**") markers.Add(part);
                child = part;
            }
            literal.Remove();
        }
        return markers;
    }

    private static void MoveEdgeSpacesOut(EmphasisInline bold)
    {
        if (bold.FirstChild is LiteralInline first && first.Content.AsSpan().StartsWith(' '))
        {
            first.Content = new StringSlice(first.Content.ToString().TrimStart(' '));
            if (bold.PreviousSibling is { } before && !(before is LiteralInline text && text.Content.AsSpan().EndsWith(' '))) InsertBefore(bold, new LiteralInline(" "));
        }
        if (bold.LastChild is LiteralInline last && last.Content.AsSpan().EndsWith(' '))
        {
            last.Content = new StringSlice(last.Content.ToString().TrimEnd(' '));
            if (bold.NextSibling is { } after && !(after is LiteralInline text && text.Content.AsSpan().StartsWith(' '))) bold.InsertAfter(new LiteralInline(" "));
        }
        if (IsBlank(bold)) Unwrap(bold);
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
            InsertBefore(container, child);
        }
        container.Remove();
    }

    /// <summary>Markdig 1.6's <c>Inline.InsertBefore</c> leaves the new inline's previous sibling unset: insert after that sibling instead.</summary>
    private static void InsertBefore(Inline anchor, Inline node)
    {
        if (anchor.PreviousSibling is { } previous) previous.InsertAfter(node);
        else anchor.InsertBefore(node);
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

    [GeneratedRegex(@"(?<!\*)(\*\*)(?!\*)")]
    private static partial Regex BoldMarker();

    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex SpaceRun();
}
