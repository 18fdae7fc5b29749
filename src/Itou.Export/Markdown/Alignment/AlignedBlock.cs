using Itou.Export.Markdown.Figures;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Alignment;

/// <summary>
/// <c>&lt;div align="center|right"&gt;</c> (also <c>&lt;p align&gt;</c>, <c>&lt;center&gt;</c>) around text: its blocks, whose
/// paragraphs are centred or set right. Figures inside carry the alignment themselves. Left is the default: no node.
/// </summary>
public sealed class AlignedBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary><see cref="FigureAlign.Center"/> or <see cref="FigureAlign.Right"/>.</summary>
    public FigureAlign Align { get; init; }

    /// <summary>The blocks in an <see cref="AlignedBlock"/> of <paramref name="align"/>, or as they are when the alignment is the default one.</summary>
    internal static List<Block> Around(List<Block> blocks, FigureAlign align)
    {
        if (align is not (FigureAlign.Center or FigureAlign.Right) || blocks.All(block => block is FigureBlock))
            return blocks;
        var aligned = new AlignedBlock(null) { Align = align, Line = blocks.Count > 0 ? blocks[0].Line : 0 };
        foreach (var block in blocks)
        {
            (block.Parent as ContainerBlock)?.Remove(block);
            aligned.Add(block);
        }
        return [aligned];
    }
}
