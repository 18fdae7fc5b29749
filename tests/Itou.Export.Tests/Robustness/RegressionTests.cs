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

    // Docx FootnoteLinkRenderer wrote a note's body, met the call of the same note there, and recursed until Markdig's depth guard threw.
    [Theory]
    [InlineData("Texte[^1].\n\n[^1]: Une note qui se cite [^1].\n")]
    [InlineData("Texte[^a].\n\n[^a]: voir [^b]\n\n[^b]: voir [^a]\n")]
    public void A_footnote_that_calls_itself(string markdown) =>
        ExportCheck.AssertExportsCleanly(SpaceCase.OfText(("README.md", markdown)));

    // Text that shapes unusually (right to left, joined emoji, invisible characters): written while hunting
    // the PDF run whose text slice came out empty (TextLinePainter), kept as cover for the shaper and painter.
    [Theory]
    [InlineData("العربية\n")]
    [InlineData("emoji 🎉👩‍👩‍👧 fin\n")]
    [InlineData("x​y et ­ et ﻿ et ￾ fin\n")]
    [InlineData("> ### ﻿\n")]
    [InlineData("**[31m** 	 {% kbd %}K{% endkbd %}\n")]
    [InlineData("[\t](missing.md) x\n")]
    public void Text_that_shapes_unusually(string markdown) =>
        ExportCheck.AssertExportsCleanly(SpaceCase.OfText(("README.md", markdown)));
}
