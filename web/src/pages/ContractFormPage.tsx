import {
  type Contract,
  contractSchema,
  PAYMENT_MECHANISM_LABELS,
  ROLE_LABELS,
} from "../../../src/shared/index.ts";
import { SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { useLogForm } from "../hooks/useLogForm.ts";
import { idFromName } from "../lib/ids.ts";
import { optionsOf } from "../lib/options.ts";
import { numberOrNull, textOrNull } from "../lib/validation.ts";
import { firstUnder } from "./OrganisationFormPage.tsx";

interface ContractDraft {
  id: string;
  title: string;
  commissioner: string;
  /** One provider a line: `organisation-id role` (role defaults to prime). */
  providers: string;
  paymentMechanism: string;
  value: string;
  currency: string;
  start: string;
  end: string;
  partnership: string;
}

const EMPTY: ContractDraft = {
  id: "",
  title: "",
  commissioner: "",
  providers: "",
  paymentMechanism: "grant",
  value: "",
  currency: "GBP",
  start: "",
  end: "",
  partnership: "",
};

const draftOf = (c: Contract): ContractDraft => ({
  ...c,
  commissioner: c.commissioner ?? "",
  providers: c.providers.map((p) => `${p.organisation} ${p.role}`).join("\n"),
  value: c.value === null ? "" : String(c.value),
  start: c.start ?? "",
  end: c.end ?? "",
  partnership: c.partnership ?? "",
});

const providersOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([organisation, role]) => ({ organisation, role: role ?? "prime" }));

const inputOf = (d: ContractDraft) => ({
  ...d,
  id: d.id || idFromName(d.title),
  commissioner: textOrNull(d.commissioner),
  providers: providersOf(d.providers),
  value: numberOrNull(d.value),
  start: textOrNull(d.start),
  end: textOrNull(d.end),
  partnership: textOrNull(d.partnership),
});

/** Records a new contract (id null) or edits a stored one. */
export function ContractFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<Contract> workspace={workspace} resource="contracts" id={id} what="the contract">
      {(stored) => (
        <ContractForm workspace={workspace} id={id} initial={stored ? draftOf(stored) : EMPTY} />
      )}
    </StoredEntity>
  );
}

function ContractForm(props: { workspace: string; id: string | null; initial: ContractDraft }) {
  const form = useLogForm({
    schema: contractSchema,
    workspace: props.workspace,
    resource: "contracts",
    id: props.id,
    initial: props.initial,
    toInput: inputOf,
  });
  const { field, errors } = form;
  return (
    <FormShell
      form={form}
      title={props.id === null ? "New contract" : "Edit contract"}
      createLabel="Add contract"
      creating={props.id === null}
    >
      <TextField id="contract-title" label="Title" {...field("title")} required />
      <div className="field-row">
        <SelectField
          id="contract-payment"
          label="Payment mechanism"
          {...field("paymentMechanism")}
          options={optionsOf(PAYMENT_MECHANISM_LABELS)}
        />
        <TextField id="contract-value" label="Value" type="number" {...field("value")} />
        <TextField id="contract-currency" label="Currency" {...field("currency")} />
      </div>
      <div className="field-row">
        <TextField id="contract-start" label="Start" type="date" {...field("start")} />
        <TextField id="contract-end" label="End" type="date" {...field("end")} />
      </div>
      <TextField
        id="contract-commissioner"
        label="Commissioner id (optional)"
        {...field("commissioner")}
      />
      <TextAreaField
        id="contract-providers"
        label={`Providers (one a line: organisation id, then role: ${Object.keys(ROLE_LABELS).join(", ")})`}
        rows={2}
        {...field("providers")}
        error={errors["$.providers"] ?? firstUnder(errors, "$.providers[")}
      />
      <TextField
        id="contract-partnership"
        label="Partnership id (optional)"
        {...field("partnership")}
      />
    </FormShell>
  );
}
