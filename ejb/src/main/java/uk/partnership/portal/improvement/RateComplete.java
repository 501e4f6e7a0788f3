package uk.partnership.portal.improvement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rate per head needs both its base (per 10,000) and the population it is counted over, or neither. */
@Documented
@Constraint(validatedBy = RateComplete.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateComplete {

    String message() default "A rate needs both its base (for example per 10,000) and the population it is counted over.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself. */
    class Check implements ConstraintValidator<RateComplete, IndicatorForm> {
        @Override
        public boolean isValid(IndicatorForm form, ConstraintValidatorContext context) {
            return form == null || (form.getRatePer() == null) == (form.getPopulation() == null);
        }
    }
}
