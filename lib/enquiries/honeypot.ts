/**
 * The hidden field people never see or fill in; software that fills every field gives itself away. Kept apart from
 * the schemas so the public forms' client code can name it without bringing zod into every profile page.
 */
export const HONEYPOT_FIELD = "website";
