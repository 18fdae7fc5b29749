using Itou.Export.Publishing;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// The one Markdig block parser for the whole <c>{% tag %}</c> family: it opens on a placeholder line left by
/// <see cref="PagePreparer"/>, asks the <see cref="Registry"/> for the node (an unknown name gives a
/// <see cref="GitBookTagBlock"/> and a diagnostic), and closes the block on its paired end tag.
/// </summary>
internal sealed class GitBookTagParser : BlockParser
{
    public GitBookTagParser()
    {
        OpeningCharacters = ['{'];
    }

    public TagRegistry Registry { get; } = new();

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var page = PageState.From(processor);
        var index = GitBookTag.ParsePlaceholder(processor.Line.AsSpan());
        if (page is null || index < 0 || index >= page.Tags.Count) return BlockState.None;
        var tag = page.Tags[index];
        if (tag.Role is TagRole.Close or TagRole.Dropped)
        {
            // Its block was already closed by an enclosing container (e.g. a list item ending): nothing to do.
            processor.NewBlocks.Push(new TagRemnantBlock(this) { Line = processor.LineIndex, Column = processor.Column });
            return BlockState.BreakDiscard;
        }
        var block = Create(tag, page);
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
        return tag.Role == TagRole.Open ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var page = PageState.From(processor);
        var index = GitBookTag.ParsePlaceholder(processor.Line.AsSpan());
        if (page is null || index < 0 || index >= page.Tags.Count || OpeningOf(block) is not { } opening || opening.Partner != index)
        {
            // Markdig skipped the line's indentation before asking: give it back, or a fence in the body loses it.
            processor.GoToColumn(processor.ColumnBeforeIndent);
            return BlockState.Continue;
        }
        block.UpdateSpanEnd(processor.Line.End);
        // An `else` both closes this branch and opens the next: leave its line to be opened.
        return page.Tags[index].IsEnd ? BlockState.BreakDiscard : BlockState.Break;
    }

    private Block Create(GitBookTag tag, PageState page)
    {
        var definition = Registry.Find(tag.Name);
        Block block;
        if (definition is null)
        {
            page.Context.Report(DiagnosticCodes.MarkdownUnknownTag, tag.Line, $"Unknown GitBook tag '{{% {tag.Name} %}}': its content is kept as plain blocks.");
            block = new GitBookTagBlock(this) { Name = tag.Name, Attributes = tag.Attributes };
        }
        else
        {
            block = definition.Create(tag, this, page);
        }
        block.SetData(typeof(GitBookTag), tag);
        return block;
    }

    /// <summary>The tag a block was opened from (null for blocks this parser did not make).</summary>
    internal static GitBookTag? OpeningOf(Block block) => block.GetData(typeof(GitBookTag)) as GitBookTag;
}

/// <summary>The empty trace of an end tag whose block was already closed; removed after parsing.</summary>
internal sealed class TagRemnantBlock(BlockParser parser) : LeafBlock(parser);
