using Markdig.Extensions.Emoji;
using Itou.Export.Markdown.Api;
using Itou.Export.Markdown.Code;
using Itou.Export.Markdown.Columns;
using Itou.Export.Markdown.Conditionals;
using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Markdown.Diagrams;
using Itou.Export.Markdown.Embeds;
using Itou.Export.Markdown.Files;
using Itou.Export.Markdown.Hints;
using Itou.Export.Markdown.Includes;
using Itou.Export.Markdown.Prompts;
using Itou.Export.Markdown.Steppers;
using Itou.Export.Markdown.Tabs;
using Itou.Export.Markdown.Tags;
using Itou.Export.Markdown.Updates;
using Markdig;

namespace Itou.Export.Markdown;

/// <summary>The Markdig pipeline of the GitBook dialect: CommonMark plus one extension per construct.</summary>
public static class GitBookPipeline
{
    /// <summary>The pipeline, built once (Markdig pipelines are immutable and thread-safe).</summary>
    public static MarkdownPipeline Pipeline { get; }

    /// <summary>The tags the pipeline knows, shared with the preprocessing that pairs them.</summary>
    internal static TagRegistry Tags { get; }

    static GitBookPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseMathematics()
            .UseEmphasisExtras()
            .UseCjkFriendlyEmphasis() // GitBook shows **「x」** as bold where CommonMark flanking fails
            .UseEmojiAndSmiley(new EmojiMapping(Emoji.Shortcodes.Table, new Dictionary<string, string>()));
        IMarkdownExtension[] gitBook =
        [
            new HintExtension(), new TabsExtension(), new CodeExtension(), new ContentRefExtension(),
            new EmbedExtension(), new FileExtension(), new IncludeExtension(), new StepperExtension(),
            new ColumnsExtension(), new UpdatesExtension(), new ApiExtension(), new ConditionalExtension(),
            new PromptExtension(), new DiagramExtension(),
        ];
        foreach (var extension in gitBook) builder.Extensions.Add(extension);
        Tags = builder.GitBookTags();
        Pipeline = builder.Build();
    }
}
