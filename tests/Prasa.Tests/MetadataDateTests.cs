using Prasa.Metadata;

namespace Prasa.Tests;

public class MetadataDateTests
{
    private static readonly DateTimeOffset Fetch = new(2023, 12, 14, 12, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    // Polish: numeric with time, month names in the genitive, abbreviations, weekday prefixes, markers.
    [InlineData("23.07.2023 07:30", "2023-07-23T07:30:00")]
    [InlineData("Publikacja: 23.07.2023, 07:30", "2023-07-23T07:30:00")]
    [InlineData("13 grudnia 2023", "2023-12-13")]
    [InlineData("13 grudnia 2023, 21:15", "2023-12-13T21:15:00")]
    [InlineData("niedziela, 23 lipca 2023", "2023-07-23")]
    [InlineData("1 stycznia 2020", "2020-01-01")]
    [InlineData("28 lutego 2021 r.", "2021-02-28")]
    [InlineData("5 października 2022 o godz. 9:05", "2022-10-05T09:05:00")]
    [InlineData("23 lip 2023", "2023-07-23")]
    [InlineData("12 wrz 2019 14:00", "2019-09-12T14:00:00")]
    [InlineData("Aktualizacja: 14.12.2023 08:02", "2023-12-14T08:02:00")]
    // German.
    [InlineData("23. Juli 2023 um 7:30 Uhr", "2023-07-23T07:30:00")]
    [InlineData("Veröffentlicht am 3. März 2021", "2021-03-03")]
    [InlineData("Stand: 05.02.2020 14:12 Uhr", "2020-02-05T14:12:00")]
    [InlineData("Montag, 7. Jänner 2019", "2019-01-07")]
    // English: both orders, ordinals, am/pm, American slashes.
    [InlineData("July 23, 2023", "2023-07-23")]
    [InlineData("Published Dec. 13, 2023", "2023-12-13")]
    [InlineData("23rd July 2023", "2023-07-23")]
    [InlineData("Jan 5, 2021 at 9:12 p.m.", "2021-01-05T21:12:00")]
    // French and Spanish.
    [InlineData("Publié le 1er janvier 2020 à 08h30", "2020-01-01T08:30:00")]
    [InlineData("le 23 juillet 2023", "2023-07-23")]
    [InlineData("23 de julio de 2023", "2023-07-23")]
    [InlineData("Actualizado el 9 de diciembre de 2019", "2019-12-09")]
    // Czech.
    [InlineData("23. července 2023", "2023-07-23")]
    [InlineData("Publikováno: 3. února 2022 10:15", "2022-02-03T10:15:00")]
    // ISO stamps, offsets, East Asian forms.
    [InlineData("2023-07-23T07:30:00+02:00", "2023-07-23T07:30:00+02:00")]
    [InlineData("2023-07-23T05:30:00Z", "2023-07-23T05:30:00+00:00")]
    [InlineData("2023-07-23 07:30 +0200", "2023-07-23T07:30:00+02:00")]
    [InlineData("2023/07/23", "2023-07-23")]
    [InlineData("2023年7月23日", "2023-07-23")]
    [InlineData("2023년 7월 23일", "2023-07-23")]
    // Glued by the page's markup: a year run into the time, a date run into a time stamp before it.
    [InlineData("3 de mayo de 202221:25", "2022-05-03T21:25:00")]
    [InlineData("Isabell Angele, 10:10:5225. Dezember 2022", "2022-12-25")]
    [InlineData("Anna Nowak 10:20:0022.06.2018 10:20", "2018-06-22T10:20:00")]
    [InlineData("30.01.202330. Januar 2023", "2023-01-30")]
    // Pipes between the parts; a time range is no offset.
    [InlineData("26 | 01 | 2022", "2022-01-26")]
    [InlineData("19.1.23, 10:00-11:30 Uhr", "2023-01-19T10:00:00")]
    [InlineData("mardi 10.12.19", "2019-12-10")]
    public void ReadsWrittenDates(string text, string iso) =>
        Assert.Equal(iso, TextDate.First(text, Fetch, relative: true)?.Iso);

    [Theory]
    [InlineData("2 godz. temu", "2023-12-14")]
    [InlineData("30 minut temu", "2023-12-14")]
    [InlineData("wczoraj, 18:40", "2023-12-13")]
    [InlineData("3 dni temu", "2023-12-11")]
    [InlineData("vor 2 Tagen", "2023-12-12")]
    [InlineData("5 hours ago", "2023-12-14")]
    [InlineData("yesterday", "2023-12-13")]
    [InlineData("il y a 2 jours", "2023-12-12")]
    [InlineData("hace 3 días", "2023-12-11")]
    public void ResolvesRelativeDatesAgainstTheFetchTime(string text, string day) =>
        Assert.Equal(day, TextDate.First(text, Fetch, relative: true)?.Day);

    [Theory]
    [InlineData("2 godz. temu")]
    [InlineData("wczoraj")]
    public void LeavesRelativeDatesOutWithoutAFetchTime(string text) =>
        Assert.Null(TextDate.First(text, null, relative: true));

    [Theory]
    [InlineData("31.02.2023")] // no such day
    [InlineData("12.13.2023")] // no such month
    [InlineData("14 marca 1985")] // before news dates
    [InlineData("1 stycznia 2031")] // after the fetch
    [InlineData("© 2023 Gazeta")] // a copyright year is no date
    [InlineData("32.01.2023")]
    public void RejectsImpossibleDates(string text) =>
        Assert.Null(TextDate.First(text, Fetch, relative: true));

    [Theory]
    [InlineData("07/08/2023", false, "2023-08-07")]
    [InlineData("07/08/2023", true, "2023-07-08")]
    [InlineData("07/23/2023", false, "2023-07-23")]
    public void ReadsSlashedDatesByTheLanguage(string text, bool monthFirst, string iso) =>
        Assert.Equal(iso, TextDate.First(text, Fetch, false, monthFirst)?.Iso);

    [Theory]
    [InlineData("2023-07-23T07:30:00+02:00", "2023-07-23T07:30:00+02:00")]
    [InlineData("20230723", "2023-07-23")]
    [InlineData("Sun, 23 Jul 2023 07:30:00 +0200", "2023-07-23T07:30:00+02:00")]
    [InlineData("2023-07-23", "2023-07-23")]
    [InlineData("1970-01-01T00:00:00Z", null)]
    [InlineData("2099-01-01", null)]
    [InlineData("not a date", null)]
    [InlineData("2017/01", null)] // a month, not a day
    [InlineData("2017/01/30", "2017-01-30")]
    public void NormalisesStructuredValues(string value, string? iso) =>
        Assert.Equal(iso, DateValue.Normalise(value, Fetch));

    [Theory]
    [InlineData("https://example.com/2023/07/23/some-title/", "2023-07-23")]
    [InlineData("https://example.com/news/20230723/some-title", "2023-07-23")]
    [InlineData("https://example.com/2017/7/12/unter-uns", "2017-07-12")]
    [InlineData("https://example.com/world/2020/oct/02/some-title", "2020-10-02")]
    [InlineData("https://example.com/meldungen/29-10-2021", "2021-10-29")]
    [InlineData("https://example.com/2023/07/some-title", null)]
    [InlineData("https://example.com/article/123456", null)]
    public void ReadsDatesInUrls(string url, string? day) =>
        Assert.Equal(day, DateFinder.FromUrl(url, Fetch));

    [Theory]
    [InlineData("2023-12-13T21:15:00", "pl", "2023-12-13T21:15:00+01:00")]
    [InlineData("2023-07-23T07:30:00", "pl", "2023-07-23T07:30:00+02:00")]
    [InlineData("2023-07-23T07:30:00", "en", "2023-07-23T07:30:00")]
    [InlineData("2023-07-23", "pl", "2023-07-23")]
    public void GivesLocalTimesTheOffsetOfTheirLanguagesZone(string iso, string language, string expected) =>
        Assert.Equal(expected, LocalTime.WithOffset(iso, language));

    [Theory]
    [InlineData("Aktualizacja: 14.12.2023 08:02", true)]
    [InlineData("Updated Dec. 14, 2023", true)]
    [InlineData("Publikacja: 13.12.2023 21:15", false)]
    public void TellsUpdateLinesFromPublicationLines(string text, bool update) =>
        Assert.Equal(update, DateLineKind.IsUpdate(text));

    [Theory]
    [InlineData("Published Dec. 13, 2023 Updated Dec. 14, 2023, 9:12 a.m. ET", 24)]
    [InlineData("Publikacja: 13.12.2023 21:15 Aktualizacja: 14.12.2023 08:02", 29)]
    [InlineData("Publikacja: 13.12.2023 21:15", null)]
    public void FindsTheUpdateMarkerInALine(string text, int? at) => Assert.Equal(at, DateLineKind.UpdateAt(text));
}
