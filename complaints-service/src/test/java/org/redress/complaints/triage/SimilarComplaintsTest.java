package org.redress.complaints.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Near-identical complaints of one company and category share a similarity key (V11): a sign-up that
 * adds a sentence of its own to a campaign's suggested text joins the campaign's group when it is
 * confirmed; a different complaint, another company or another category does not. Complaints are
 * put in unconfirmed and confirmed one by one, as the verification link does.
 */
@QuarkusTest
class SimilarComplaintsTest {

    static final String CAMPAIGN = "Meta has announced that it will use my posts, photos and comments on Facebook and"
            + " Instagram since 2007 to train its AI models, relying on \"legitimate interest\" instead of asking for my"
            + " consent. I never agreed to this and I object. I ask Redress to act on my behalf against Meta Platforms"
            + " Ireland Ltd.";

    @Test
    void aCampaignTextWithASentenceOfTheSignersOwnJoinsTheCampaignGroup() {
        String company = company();
        UUID campaign = confirmed(company, "AI_TRAINING", CAMPAIGN);

        UUID daughter = confirmed(company, "AI_TRAINING", CAMPAIGN + " Also my daughter's photos were used.");
        UUID twoSentences = confirmed(company, "AI_TRAINING",
                CAMPAIGN + " I filled in their objection form twice in June. I never got an answer.");
        UUID prefaced = confirmed(company, "AI_TRAINING", "Hello, I am a photographer. " + CAMPAIGN);
        UUID exact = confirmed(company, "AI_TRAINING", CAMPAIGN.toUpperCase().replace(",", ""));

        assertThat(List.of(key(daughter), key(twoSentences), key(prefaced), key(exact))).containsOnly(key(campaign));
        assertThat(groupSize(key(campaign))).isEqualTo(5L);
    }

    @Test
    void aDifferentComplaintAboutTheSameCompanyAndCategoryFormsItsOwnGroup() {
        String company = company();
        UUID campaign = confirmed(company, "AI_TRAINING", CAMPAIGN);
        // the same topic and many of the campaign's words (similarity 0.61)
        UUID ownWords = confirmed(company, "AI_TRAINING", "Meta trains its AI models on my Facebook photos without my"
                + " consent. I never agreed to legitimate interest being used for this. Please act against Meta"
                + " Platforms Ireland Ltd on my behalf.");
        // short complaints that differ in the one word that matters (similarity 0.77)
        UUID access = confirmed(company, "AI_TRAINING", "Meta did not answer my access request within one month.");
        UUID erasure = confirmed(company, "AI_TRAINING", "Meta did not answer my erasure request within one month.");

        assertThat(List.of(key(campaign), key(ownWords), key(access), key(erasure))).doesNotHaveDuplicates();
    }

    @Test
    void theSameTextAboutAnotherCompanyOrInAnotherCategoryFormsItsOwnGroup() {
        String company = company();
        UUID campaign = confirmed(company, "AI_TRAINING", CAMPAIGN);
        UUID otherCompany = confirmed(company(), "AI_TRAINING", CAMPAIGN + " Also my daughter's photos were used.");
        UUID otherCategory = confirmed(company, "TRACKING", CAMPAIGN + " Also my daughter's photos were used.");
        UUID sameTextOtherCompany = confirmed(company(), "AI_TRAINING", CAMPAIGN);

        assertThat(List.of(key(campaign), key(otherCompany), key(otherCategory), key(sameTextOtherCompany)))
                .doesNotHaveDuplicates();
    }

    @Test
    void erasureClearsTheKeyAndTheGroupStillTakesLaterSignUps() {
        String company = company();
        UUID first = confirmed(company, "AI_TRAINING", CAMPAIGN);
        UUID second = confirmed(company, "AI_TRAINING", CAMPAIGN + " Also my daughter's photos were used.");
        UUID group = key(first);

        ComplaintRows.exec("update complaint set status = 'ERASED', name = null, email = null, text = null, erased_at = now()"
                + " where id = ?", first);
        UUID later = confirmed(company, "AI_TRAINING", CAMPAIGN + " My son's account too.");

        assertThat(key(first)).isNull();
        assertThat(key(second)).isEqualTo(group);
        assertThat(key(later)).isEqualTo(group);
    }

    @Test
    void unconfirmedComplaintsHaveNoKey() {
        ComplaintRows.Row received = ComplaintRows.complaint().company(company()).text(CAMPAIGN)
                .status(Complaint.Status.RECEIVED).insert();

        assertThat(key(received.id)).isNull();
    }

    /**
     * Not a timing assertion: prints how long 10,000 campaign sign-ups with slight edits take to
     * confirm one statement at a time, beside 500 different complaints about the same company, and
     * checks that they form one group.
     */
    @Test
    void tenThousandEditedSignUpsConfirmedOneByOneFormOneGroup() {
        String company = company();
        ComplaintRows.exec("""
                insert into complaint (id, reference, name, email, country, company, category, text, contacted, language,
                    status, submitted_at, verified_at, version)
                select gen_random_uuid(), 'SIMD-' || substr(md5(?), 1, 8) || '-' || n, 'Name', 'n@example.org', 'DE', ?,
                    'AI_TRAINING', 'Complaint ' || n || ': ' || md5(n::text) || ' ' || md5((n * 7)::text), false, 'en',
                    'VERIFIED', now(), now(), 0
                  from generate_series(1, 500) as n""", company, company);
        List<UUID> signUps = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            signUps.add(ComplaintRows.complaint().company(company).text(CAMPAIGN + personal(n))
                    .status(Complaint.Status.RECEIVED).insert().id);
        }

        long start = System.nanoTime();
        signUps.forEach(SimilarComplaintsTest::confirm);
        System.out.printf("confirmed 10000 edited campaign sign-ups one by one in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertThat(ComplaintRows.single("select count(distinct similarity_key) from complaint where company = ? and text like 'Meta%'",
                company)).isEqualTo(1L);
        assertThat(groupSize(key(signUps.get(0)))).isEqualTo(10_000L);
    }

    private static String personal(int n) {
        return switch (n % 4) {
            case 0 -> "";
            case 1 -> " Also the photos of my child number " + n + " were used.";
            case 2 -> " I have been on Instagram since " + (2008 + n % 15) + ".";
            default -> " My objection " + n + " was ignored.";
        };
    }

    private static UUID confirmed(String company, String category, String text) {
        UUID id = ComplaintRows.complaint().company(company).category(category).text(text)
                .status(Complaint.Status.RECEIVED).insert().id;
        confirm(id);
        return id;
    }

    private static void confirm(UUID id) {
        ComplaintRows.exec("update complaint set status = 'VERIFIED', verified_at = clock_timestamp() where id = ?", id);
    }

    private static UUID key(UUID complaint) {
        Object key = ComplaintRows.single("select similarity_key from complaint where id = ?", complaint);
        return key == null ? null : TriageSql.uuid(key);
    }

    private static long groupSize(UUID key) {
        return (Long) ComplaintRows.single("select count(*) from complaint where similarity_key = ?", key);
    }

    private static String company() {
        return "Similar Co " + UUID.randomUUID();
    }
}
