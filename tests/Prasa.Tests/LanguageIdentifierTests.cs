using Prasa.Language;

namespace Prasa.Tests;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("pl", "Radni miasta po ośmiu godzinach debaty przyjęli w środę budżet na przyszły rok, a opozycja krytykowała wzrost zadłużenia.")]
    [InlineData("en", "The city council voted on Tuesday night to replace the old bridge, and construction is expected to begin in the spring.")]
    [InlineData("de", "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke zu ersetzen, und die Bauarbeiten sollen im Frühjahr beginnen.")]
    [InlineData("fr", "Le conseil municipal a voté mardi soir le remplacement du vieux pont, et les travaux devraient commencer au printemps.")]
    [InlineData("es", "El ayuntamiento votó el martes por la noche sustituir el viejo puente, y las obras deberían comenzar en primavera.")]
    [InlineData("it", "Il consiglio comunale ha votato martedì sera la sostituzione del vecchio ponte e i lavori dovrebbero iniziare in primavera.")]
    [InlineData("pt", "A câmara municipal votou na terça-feira à noite a substituição da velha ponte, e as obras devem começar na primavera.")]
    [InlineData("nl", "De gemeenteraad heeft dinsdagavond besloten de oude brug te vervangen en de werkzaamheden beginnen naar verwachting in het voorjaar.")]
    [InlineData("cs", "Městské zastupitelstvo v úterý večer odhlasovalo výměnu starého mostu a stavba by měla začít na jaře příštího roku.")]
    [InlineData("sk", "Mestské zastupiteľstvo v utorok večer odhlasovalo výmenu starého mosta a stavba by sa mala začať na jar budúceho roka.")]
    [InlineData("sv", "Kommunfullmäktige röstade på tisdagskvällen för att ersätta den gamla bron och bygget väntas börja till våren.")]
    [InlineData("fi", "Kaupunginvaltuusto päätti tiistai-iltana korvata vanhan sillan, ja rakennustöiden odotetaan alkavan keväällä.")]
    [InlineData("hu", "A városi közgyűlés kedd este megszavazta a régi híd cseréjét, és az építkezés várhatóan tavasszal kezdődik.")]
    [InlineData("tr", "Belediye meclisi salı akşamı eski köprünün yenilenmesine karar verdi ve inşaatın ilkbaharda başlaması bekleniyor.")]
    [InlineData("ru", "Городской совет во вторник вечером проголосовал за замену старого моста, строительство должно начаться весной.")]
    [InlineData("uk", "Міська рада у вівторок увечері проголосувала за заміну старого мосту, будівництво має розпочатися навесні.")]
    [InlineData("el", "Το δημοτικό συμβούλιο ψήφισε την Τρίτη το βράδυ την αντικατάσταση της παλιάς γέφυρας.")]
    [InlineData("ja", "市議会は火曜日の夜、古い橋の架け替えを決定し、工事は春に始まる予定です。")]
    [InlineData("zh", "市议会周二晚上投票决定更换旧桥，预计工程将于明年春天开始。")]
    [InlineData("ko", "시의회는 화요일 밤 낡은 다리를 교체하기로 의결했으며 공사는 봄에 시작될 예정이다.")]
    [InlineData("ar", "صوت مجلس المدينة مساء الثلاثاء على استبدال الجسر القديم ومن المتوقع أن يبدأ البناء في الربيع.")]
    [InlineData("he", "מועצת העיר הצביעה ביום שלישי בערב על החלפת הגשר הישן, והבנייה צפויה להתחיל באביב.")]
    public void TellsTheLanguageOfASentence(string language, string text) =>
        Assert.Equal(language, LanguageIdentifier.Identify(text));

    [Fact]
    public void TheTextOutweighsAWrongDeclaredLanguage() =>
        Assert.Equal("pl", LanguageIdentifier.Identify(
            "Radni miasta po ośmiu godzinach debaty przyjęli w środę budżet na przyszły rok, a opozycja krytykowała wzrost zadłużenia.", "en"));

    [Fact]
    public void TheDeclaredLanguageDecidesBetweenCloseRelatives() =>
        Assert.Equal("bs", LanguageIdentifier.Identify("Gradsko vijeće je u utorak navečer izglasalo zamjenu starog mosta.", "bs"));

    [Theory]
    [InlineData("", "pl", "pl")]
    [InlineData("OK", "de-DE", "de")]
    [InlineData("12:30", null, null)]
    public void ShortTextFallsBackToTheHint(string text, string? hint, string? expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text, hint));

    [Theory]
    [InlineData("pl-PL", "pl")]
    [InlineData("en_US", "en")]
    [InlineData("nb", "no")]
    [InlineData("x", null)]
    [InlineData(null, null)]
    public void NormalisesDeclaredCodes(string? value, string? code) => Assert.Equal(code, LanguageIdentifier.Normalise(value));

    [Fact]
    public void IsDeterministic()
    {
        const string text = "Il consiglio comunale ha votato martedì sera la sostituzione del vecchio ponte.";
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal("it", LanguageIdentifier.Identify(text)));
    }
}
