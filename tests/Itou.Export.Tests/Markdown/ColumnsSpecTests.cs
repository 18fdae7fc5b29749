using Itou.Export.Markdown.Columns;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Markdown;

public sealed class ColumnsSpecTests
{
    [Fact]
    public void Columns_hold_columns_with_widths()
    {
        var parsed = new Parsed("{% columns %}\n{% column width=\"33.3%\" %}\nLeft\n{% endcolumn %}\n{% column %}\nRight\n{% endcolumn %}\n{% endcolumns %}");
        var columns = parsed.Single<ColumnsBlock>().Cast<ColumnBlock>().ToList();
        Assert.Equal(33.3, columns[0].WidthPercent);
        Assert.Null(columns[1].WidthPercent);
        Assert.Equal("Right", Parsed.Text(columns[1]));
    }

    [Fact]
    public void Bad_width_is_reported_and_ignored()
    {
        var parsed = new Parsed("{% columns %}\n{% column width=\"wide\" %}\nx\n{% endcolumn %}\n{% endcolumns %}");
        Assert.Null(parsed.Single<ColumnBlock>().WidthPercent);
        Assert.Equal([DiagnosticCodes.MarkdownBadAttribute], parsed.Codes);
    }
}
