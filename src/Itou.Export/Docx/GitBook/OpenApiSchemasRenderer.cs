using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Api;

namespace Itou.Export.Docx.GitBook;

/// <summary><c>{% openapi-schemas %}</c>: the schema names and the specification they come from (the spec is not fetched).</summary>
internal sealed class OpenApiSchemasRenderer : DocxObjectRenderer<OpenApiSchemasBlock>
{
    protected override void Write(DocxRenderer renderer, OpenApiSchemasBlock obj)
    {
        renderer.WriteParagraph(StyleIds.BlockTitle, () => renderer.WriteText(renderer.State.Labels.Schemas(obj.Schemas)));
        renderer.WriteParagraph(StyleIds.CardText, () => renderer.WriteText(obj.Spec));
        renderer.WriteChildren(obj);
    }
}
