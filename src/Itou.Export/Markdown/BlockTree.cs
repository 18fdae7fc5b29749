using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown;

/// <summary>Small tree edits the AST passes share.</summary>
internal static class BlockTree
{
    /// <summary>Replaces a container by its children, in place.</summary>
    public static void Unwrap(ContainerBlock block)
    {
        var parent = block.Parent;
        if (parent is null) return;
        var at = parent.IndexOf(block);
        var children = block.ToList();
        block.Clear();
        parent.RemoveAt(at);
        foreach (var child in children) parent.Insert(at++, child);
    }

    /// <summary>All blocks of a type, in document order, listed first so the tree may be edited while visiting.</summary>
    public static List<T> All<T>(ContainerBlock root) where T : Block => [.. root.Descendants<T>()];

    /// <summary>The plain text of a block's inlines (literals, code, emphasis contents), for attribute values.</summary>
    public static string PlainText(Block block)
    {
        var text = new System.Text.StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            if (text.Length > 0) text.Append(' ');
            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                    case CodeInline code: text.Append(code.Content); break;
                    case LineBreakInline: text.Append(' '); break;
                }
            }
        }
        return text.ToString().Trim();
    }
}
