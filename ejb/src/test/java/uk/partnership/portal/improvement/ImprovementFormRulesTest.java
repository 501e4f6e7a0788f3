package uk.partnership.portal.improvement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.shared.FormCheck;
import uk.partnership.portal.shared.InvalidInputException;

/** The rules of the risk and indicator forms, as the page and the API both meet them, in the words they give. */
class ImprovementFormRulesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static String refusal(Object form) {
        return assertThrows(InvalidInputException.class,
                () -> FormCheck.refuseBroken(form.getClass(), VALIDATOR.validate(form))).getMessage();
    }

    @Test
    void anEmptyRiskNamesEveryRuleInTheOrderOfTheForm() {
        RiskForm risk = new RiskForm();
        risk.setLikelihood(9);
        assertEquals("Enter the risk. Score likelihood and impact from 1 to 5. Give the date of the next review. "
                + "Choose who owns the risk.", refusal(risk));
    }

    @Test
    void aCompleteRiskPasses() {
        RiskForm risk = new RiskForm();
        risk.setTitle("Recruitment of permanent experienced social workers");
        risk.setOwnerAgencyId(3L);
        risk.setLikelihood(4);
        risk.setImpact(5);
        risk.setAppetite(12);
        risk.setReviewOn(LocalDate.of(2020, 10, 1));
        assertDoesNotThrow(() -> FormCheck.refuseBroken(RiskForm.class, VALIDATOR.validate(risk)));
        risk.setAppetite(26);
        assertEquals("The appetite is a score from 1 to 25.", refusal(risk));
    }

    @Test
    void aRatePerHeadNeedsItsBaseAndItsPopulation() {
        IndicatorForm indicator = new IndicatorForm();
        indicator.setName("Children looked after");
        indicator.setPolarity(Polarity.LOWER_IS_BETTER);
        indicator.setOwnerAgencyId(1L);
        indicator.setRatePer(10_000);
        assertEquals("A rate needs both its base (for example per 10,000) and the population it is counted over.",
                refusal(indicator));
        indicator.setPopulation(0);
        assertEquals("The rate base and the population must be above zero.", refusal(indicator));
        indicator.setPopulation(32_180);
        assertDoesNotThrow(() -> FormCheck.refuseBroken(IndicatorForm.class, VALIDATOR.validate(indicator)));
        assertEquals(Unit.COUNT, indicator.getUnit(), "a count unless said otherwise");
    }
}
