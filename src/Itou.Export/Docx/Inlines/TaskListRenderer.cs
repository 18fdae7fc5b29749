using Markdig.Extensions.TaskLists;

namespace Itou.Export.Docx.Inlines;

/// <summary>A task box: ☒ when done, ☐ when not.</summary>
internal sealed class TaskListRenderer : DocxObjectRenderer<TaskList>
{
    protected override void Write(DocxRenderer renderer, TaskList obj) => renderer.WriteText(obj.Checked ? "☒ " : "☐ ");
}
