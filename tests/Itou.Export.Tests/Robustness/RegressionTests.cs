namespace Itou.Export.Tests.Robustness;

/// <summary>
/// Every case the random testing found, reduced by hand and kept by name: each once crashed, hung
/// or wrote an invalid file. The comment says what broke and where it was fixed.
/// </summary>
public class RegressionTests
{
    // Docx CodeBlockRenderer read the lines of a code block with no line at all (Markdig leaves the array null).
    [Theory]
    [InlineData("```\n```\n")]
    [InlineData("> ````math\n> {% icon name=\"x\" %}\n> ````\n")]
    [InlineData("{% code title=\"vide.cs\" %}\n```cs\n```\n{% endcode %}\n")]
    public void An_empty_code_block(string markdown) =>
        ExportCheck.AssertExportsCleanly(SpaceCase.OfText(("README.md", markdown)));

    // Docx TableWriter took the cell margins off at every nesting level: 45 hints in hints gave a negative grid width.
    [Fact]
    public void Cards_nested_deeper_than_the_page_is_wide() =>
        ExportCheck.AssertExportsCleanly(SpaceCase.OfText(("README.md",
            string.Concat(Enumerable.Repeat("{% hint %}\n", 45)) + "x\n" + string.Concat(Enumerable.Repeat("{% endhint %}\n", 45)))));
}
