using Itou.Export.Localization;

namespace Itou.Export.Tests.Localization;

/// <summary>
/// The document language told from the pages' text when the theme names none: the script first, then,
/// for Latin text, the frequency of common words. Each sample is a few sentences of documentation.
/// </summary>
public class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "To repair a bike, first check the tyres and the brakes. You can bring your own tools to the workshop, and the volunteers will help you with the rest.")]
    [InlineData("fr", "Pour réparer un vélo, vérifiez d'abord les pneus et les freins. Vous pouvez apporter vos outils à l'atelier et les bénévoles vous aident pour le reste.")]
    [InlineData("de", "Um ein Fahrrad zu reparieren, prüfen Sie zuerst die Reifen und die Bremsen. Sie können Ihr eigenes Werkzeug mitbringen, und die Helfer sind für den Rest da.")]
    [InlineData("es", "Para reparar una bicicleta, revisa primero los neumáticos y los frenos. Puedes traer tus herramientas al taller y los voluntarios te ayudan con el resto.")]
    [InlineData("it", "Per riparare una bicicletta, controlla prima le gomme e i freni. Puoi portare i tuoi attrezzi in officina e i volontari ti aiutano con il resto della riparazione.")]
    [InlineData("pt", "Para consertar uma bicicleta, verifique primeiro os pneus e os freios. Você pode trazer as suas ferramentas para a oficina e os voluntários ajudam com o resto.")]
    [InlineData("nl", "Om een fiets te repareren, controleer je eerst de banden en de remmen. Je kunt je eigen gereedschap meenemen naar de werkplaats en de vrijwilligers helpen met de rest.")]
    [InlineData("ru", "Чтобы отремонтировать велосипед, сначала проверьте шины и тормоза. Вы можете принести свои инструменты в мастерскую, а волонтёры помогут с остальным.")]
    [InlineData("zh-Hans", "修理自行车时，请先检查轮胎和刹车。您可以把自己的工具带到工作室，志愿者会帮助您完成其余的工作。这个页面说明了设置的步骤。")]
    [InlineData("zh-Hant", "修理自行車時，請先檢查輪胎和煞車。您可以把自己的工具帶到工作室，志工會幫助您完成其餘的工作。這個頁面說明了設定的步驟。")]
    [InlineData("ja", "自転車を修理するときは、まずタイヤとブレーキを確認してください。工具は工房に持ってくることができ、ボランティアが残りを手伝います。")]
    [InlineData("ko", "자전거를 수리하려면 먼저 타이어와 브레이크를 확인하세요. 공구는 작업장에 가져올 수 있으며 자원봉사자가 나머지를 도와줍니다.")]
    [InlineData("ar", "لإصلاح الدراجة، افحص الإطارات والمكابح أولاً. يمكنك إحضار أدواتك إلى الورشة وسيساعدك المتطوعون في الباقي.")]
    [InlineData("he", "כדי לתקן אופניים, בדקו קודם את הצמיגים ואת הבלמים. אפשר להביא כלים לסדנה והמתנדבים יעזרו בשאר.")]
    public void Documentation_text_is_told_in_its_language(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect([text]));

    [Fact]
    public void Korean_with_english_terms_stays_korean() =>
        Assert.Equal("ko", LanguageDetector.Detect(["API 토큰을 발급받으려면 설정 페이지에서 Developer settings 메뉴를 엽니다. 토큰은 GitHub Actions 워크플로에서 사용할 수 있습니다."]));

    [Theory]
    [InlineData("")]
    [InlineData("v1.2")]
    [InlineData("README API CLI PDF DOCX JSON YAML")]
    public void Too_little_text_tells_nothing(string text) =>
        Assert.Null(LanguageDetector.Detect([text]));
}
