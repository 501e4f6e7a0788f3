package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.partnership.portal.shared.Sha256;

/** One single-use recovery code, for the day the authenticator app is lost; only its hash is kept. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Person person, String codeHash, OffsetDateTime createdAt) {
        this.person = person;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    static final int COUNT = 10;

    /** Ten fresh codes for {@code person}, replacing any earlier ones: answered once, only hashes are kept. */
    static List<String> issue(EntityManager em, Person person, OffsetDateTime at) {
        em.createQuery("delete from RecoveryCode r where r.person = :p").setParameter("p", person).executeUpdate();
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(COUNT));
        for (String c : codes) {
            em.persist(new RecoveryCode(person, hash(c), at));
        }
        return codes;
    }

    /** Compared without case, spaces or hyphens, as people type them. */
    static String hash(String code) {
        return Sha256.hex(code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    void use(OffsetDateTime at) {
        this.usedAt = at;
    }
}
