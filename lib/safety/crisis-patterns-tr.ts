// Turkish crisis patterns (normalised: ı → i, ğ → g, ş → s, ç → c, ö → o, ü → u). Turkish
// negates with a suffix ("istiyorum" / "istemiyorum"), so each pattern names the form it means.
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("tr");

const PILLS =
  "hap|hapi|haplari|haplarin|ilac|ilaclari|ilaclarin|uyku\\s+hapi|uyku\\s+haplari|antidepresan|kutu\\s+ilac";
const AMOUNT = "yarim\\s+kutu|butun|tum|bir\\s+kutu|bir\\s+avuc|cok\\s+fazla|fazla|bir\\s+suru|\\d{2,}";
const PARTNER = "sevgilim|kocam|esim|babam|uvey\\s+babam|abim|agabeyim|amcam|eski\\s+sevgilim|annem";

export const TR = [
  ...crisis(
    "suicide",
    [
      "olmek\\s+istiyorum|olmek\\s+isterdim|olsem\\s+keske|keske\\s+olsem",
      "kendimi\\s+oldur(?:mek|ecegim|ucem|uyorum|eyim)",
    ],
    {
      hyperbole: true,
    },
  ),
  ...crisis("suicide", [
    "(?:artik\\s+)?yasamak\\s+istemiyorum|yasamak\\s+icin\\s+(?:bir\\s+)?sebebim\\s+(?:kalmadi|yok)",
    "intihar(?:i|a|\\s+etmeyi|\\s+edecegim|\\s+etmek|\\s+dusunuyorum)",
    "(?:herkes|hepiniz|ailem)\\s+bensiz\\s+(?:daha\\s+)?(?:iyi|mutlu)",
    "(?:uyuyup|uyuyayim\\s+ve)\\s+(?:bir\\s+daha\\s+)?(?:hic\\s+)?uyanmamak|bir\\s+daha\\s+(?:hic\\s+)?uyanmamak",
    "her\\s+seyi\\s+bitirecegim|her\\s+seye\\s+son\\s+verecegim|hayatima\\s+son\\s+ver\\p{L}*|canima\\s+kiy\\p{L}*",
    "yasamanin\\s+(?:bir\\s+)?anlami\\s+(?:kalmadi|yok)|hayatin\\s+(?:bir\\s+)?anlami\\s+(?:kalmadi|yok)",
    "veda\\s+mektub\\p{L}*",
    "(?:yasamaktan|hayattan|yasamaya)\\s+(?:cok\\s+)?(?:yoruldum|biktim|usandim)",
    "(?:yarin|yakinda|bu\\s+gece)\\s+artik\\s+(?:burada\\s+)?olmayacagim|artik\\s+burada\\s+olmayacagim",
    "(?:her\\s+seyin|bunun|hepsinin)\\s+(?:bitmesini|sona\\s+ermesini)\\s+istiyorum",
    "sonsuza\\s+(?:kadar|dek)\\s+(?:kaybolmak|yok\\s+olmak|gitmek)",
    "(?:kopru|cati|ucurum)\\p{L}*\\s*,?\\s+(?:\\S+\\s+){0,2}(?:atlayacagim|atlicam|atlamak|kendimi\\s+atacagim)",
    "(?:kopruden|catidan|pencereden)\\s+(?:atlayacagim|atlamak|kendimi\\s+atacagim)",
    "(?:kimseye|hicbirinize)\\s+yuk\\s+olmayacagim",
    "(?:ben\\s+)?olsem\\s+kimse\\s+(?:fark\\s+etmez|uzulmez|aramaz)|kimse\\s+(?:beni\\s+)?ozlemez",
    "kendimi\\s+(?:asacagim|asmak|asarim|asicam|asmayi)|urgan",
    "(?:bu\\s+)?(?:aci\\p{L}*|istirab\\p{L}*)\\s+sonsuza\\s+(?:kadar|dek)\\s+(?:bitmesini|gecmesini)",
    "gelecegim\\s+yok|hicbir\\s+gelecegim\\s+yok",
    "(?:hap\\p{L}*|ilac\\p{L}*)\\s+alkolle\\s+(?:ictim|aldim|yuttum)",
  ]),
  ...crisis("overdose", [
    `(?:${AMOUNT})\\s+(?:${gap(1)})?(?:${PILLS})\\s+(?:ictim|yuttum|aldim|ictim)`,
    "asiri\\s+doz",
  ]),
  ...crisis("self_harm", [
    "kendimi\\s+(?:kesiyorum|kestim|kesmek|kesecegim|yaraliyorum|yakiyorum)",
    "(?:kollarimi|kendimi|elimi|bilegimi)\\s+(?:sigarayla\\s+)?yakiyorum",
    "kendime\\s+zarar\\s+(?:veriyorum|verdim|vermek|verecegim)",
    "bilegimi\\s+(?:kestim|kesecegim)",
  ]),
  ...crisis("abuse", [
    `(?:${PARTNER}|o)\\s+beni\\s+(?:dovuyor|dovdu|doverdi|darp\\s+ediyor|tehdit\\s+ediyor|bogmaya\\s+calisti)`,
    "beni\\s+oldurmesinden\\s+korkuyorum|beni\\s+olduruecek|beni\\s+oldurecek",
  ]),
  ...concern("suicide", ["intihar\\p{L}*", "artik\\s+dayanamiyorum", "umutsuz\\p{L}*"]),
];
