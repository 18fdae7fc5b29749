using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Api;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// An API operation (openapi, swagger, api-method): "METHOD path" as a "Block Title" with the base
/// URL, the summary and description, a parameter table (name, location, type, required, description)
/// and each response under its status.
/// </summary>
internal sealed class ApiOperationRenderer : DocxObjectRenderer<ApiOperationBlock>
{
    protected override void Write(DocxRenderer renderer, ApiOperationBlock obj)
    {
        renderer.WriteParagraph(StyleIds.BlockTitle, () =>
        {
            renderer.WithFormat(f => f with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteText(obj.Method.ToUpperInvariant()));
            renderer.WriteText(" " + (obj.BaseUrl ?? "") + obj.Path);
        });
        if (!string.IsNullOrWhiteSpace(obj.Summary))
            renderer.WriteParagraph(null, () => renderer.WithFormat(f => f with { Bold = true }, () => renderer.WriteText(obj.Summary)));
        if (obj.Description is { } description)
            renderer.WriteChildren(description);
        WriteParameters(renderer, [.. obj.Parameters]);
        foreach (var response in obj.Responses)
        {
            renderer.WriteParagraph(StyleIds.CodeTitle, () => renderer.WriteText(renderer.State.Labels.Response($"{response.Status} {response.Summary}".Trim())));
            renderer.WriteChildren(response);
        }
        // The rest of the body, further descriptions included (only the first is the description).
        foreach (var other in obj.Where(b => b != obj.Description && b is not ApiParameterBlock and not ApiResponseBlock))
            renderer.Write(other);
    }

    private static void WriteParameters(DocxRenderer renderer, IReadOnlyList<ApiParameterBlock> parameters)
    {
        if (parameters.Count == 0)
            return;
        renderer.WriteParagraph(StyleIds.CodeTitle, () => renderer.WriteText(renderer.State.Labels.Parameters));
        var headers = renderer.State.Labels.ParameterColumns;
        var columns = headers.Count;
        var table = TableWriter.Begin(renderer, StyleIds.TableGrid, columns);
        var header = TableWriter.AddRow(table, isHeader: true);
        foreach (var title in headers)
            TableWriter.AddCell(renderer, header, columns, 1, null, () => renderer.WriteParagraph(null, () => renderer.WithFormat(f => f with { Bold = true }, () => renderer.WriteText(title))));
        foreach (var parameter in parameters)
        {
            var row = TableWriter.AddRow(table, isHeader: false);
            string[] cells = [parameter.Name, parameter.Location, parameter.Type, renderer.State.Labels.YesOrNo(parameter.Required)];
            foreach (var cell in cells)
                TableWriter.AddCell(renderer, row, columns, 1, null, () => renderer.WriteParagraph(null, () => renderer.WriteText(cell)));
            TableWriter.AddCell(renderer, row, columns, 1, null, () => renderer.WriteChildren(parameter));
        }
    }
}
