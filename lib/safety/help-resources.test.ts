import { describe, expect, it } from "vitest";
import { HELP_RESOURCES, selectHelpResource } from "./help-resources";

describe("selectHelpResource", () => {
  it.each([
    [{ country: "US" }, "US"],
    [{ country: "us" }, "US"],
    [{ country: "UK" }, "GB"],
    [{ country: "GB" }, "GB"],
    [{ country: "DE" }, "DE"],
    [{ country: "ES" }, "ES"],
    [{ country: "FR" }, "FR"],
    [{ country: "RU" }, "RU"],
    [{ country: "BR" }, "BR"],
    [{ timezone: "America/New_York" }, "US"],
    [{ timezone: "America/Los_Angeles" }, "US"],
    [{ timezone: "Europe/London" }, "GB"],
    [{ timezone: "Europe/Berlin" }, "DE"],
    [{ timezone: "Europe/Madrid" }, "ES"],
    [{ timezone: "Europe/Paris" }, "FR"],
    [{ timezone: "Europe/Moscow" }, "RU"],
    [{ timezone: "America/Sao_Paulo" }, "BR"],
    [{ timezone: "Europe/Warsaw" }, "PL"],
    [{ timezone: "Europe/Rome" }, "IT"],
    [{ timezone: "Europe/Lisbon" }, "PT"],
    [{ timezone: "Europe/Istanbul" }, "TR"],
    [{ country: "PL" }, "PL"],
    [{ country: "it" }, "IT"],
    [{ country: "TR" }, "TR"],
    [{ timezone: "Australia/Sydney" }, "AU"],
    [{ country: "DE", timezone: "America/New_York" }, "DE"],
    [{ country: "ZZ", timezone: "Europe/Paris" }, "FR"],
    [{ timezone: "Asia/Kathmandu" }, "INTL"],
    [{}, "INTL"],
    [{ country: null, timezone: null }, "INTL"],
  ])("%j → %s", (input, expected) => {
    expect(selectHelpResource(input).country).toBe(expected);
  });

  it("has the well-known lines", () => {
    expect(HELP_RESOURCES.US?.crisis.contact).toContain("988");
    expect(HELP_RESOURCES.GB?.crisis.contact).toBe("116 123");
    expect(HELP_RESOURCES.DE?.crisis.contact).toBe("0800 111 0 111");
    expect(HELP_RESOURCES.ES?.crisis.contact).toBe("024");
    expect(HELP_RESOURCES.FR?.crisis.contact).toBe("3114");
    expect(HELP_RESOURCES.RU?.crisis.contact).toBe("findahelpline.com");
    expect(HELP_RESOURCES.PL?.crisis.contact).toBe("116 123");
    expect(HELP_RESOURCES.IT?.crisis.contact).toBe("02 2327 2327");
    expect(HELP_RESOURCES.PT?.crisis.contact).toBe("1411");
    expect(HELP_RESOURCES.BR?.crisis.contact).toBe("188");
    expect(HELP_RESOURCES.INTL?.url).toBe("findahelpline.com");
  });
});
