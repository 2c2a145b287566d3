import type { Items } from "../../../src/shared/api-common.ts";
import type { Form } from "../../../src/shared/forms.ts";
import type { OutcomeFrameworkList } from "../../../src/shared/outcome-views.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FormLinks } from "../components/forms/FormLinks.tsx";
import { FormResults } from "../components/forms/FormResults.tsx";
import { english, formsPath } from "../components/forms/form-api.ts";
import { NewFormSection } from "../components/forms/NewFormSection.tsx";
import { outcomePath } from "../components/outcomes/FrameworkSection.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useQuery } from "../router.tsx";
import "../components/outcomes/outcomes.css";

/**
 * Forms for service users and community researchers: the workspace's forms, a simple new form
 * from a framework's indicators, and for the chosen form its links and its results.
 */
export function FormsPage({ workspace }: { workspace: string }) {
  const { data, error, reload } = useFetch<Items<Form>>(formsPath(workspace));
  // Frameworks by title, so the list names what each form measures rather than an id.
  const frameworks = useFetch<OutcomeFrameworkList>(outcomePath(workspace));
  const titleOf = (id: string) => frameworks.data?.items.find((f) => f.id === id)?.title ?? id;
  const [query, setQuery] = useQuery();
  const chosen = query.get("form");
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the forms" />;
  const form = data.items.find((f) => f.id === chosen) ?? null;
  return (
    <>
      <h1>Forms for service users</h1>
      <p>
        People answer through links, with no account: a shared link, single-use links, or an
        interview link a community researcher uses for many people. Answers about an indicator
        become its measures.
      </p>
      <div className="table-scroll">
        <table data-table="forms">
          <caption>Forms</caption>
          <thead>
            <tr>
              <th scope="col">Form</th>
              <th scope="col">Outcome framework</th>
              <th scope="col">Languages</th>
              <th scope="col" className="num">
                Answers
              </th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setQuery({ form: f.id })}
                  >
                    {english(f.title)}
                  </button>
                </th>
                <td>{titleOf(f.framework)}</td>
                <td>
                  {f.languages.join(", ")}
                  {f.easyRead ? " (and easy read)" : ""}
                </td>
                <td className="num">{f.submissions}</td>
                <td>{f.status === "open" ? "Open" : "Closed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {form && (
        <>
          <h2>{english(form.title)}</h2>
          {form.status === "open" && (
            <Can atLeast="editor">
              <FormLinks workspace={workspace} form={form.id} />
            </Can>
          )}
          <FormResults workspace={workspace} form={form.id} />
        </>
      )}
      <Can atLeast="editor">
        <NewFormSection
          workspace={workspace}
          onMade={(f) => {
            reload();
            setQuery({ form: f.id });
          }}
        />
      </Can>
    </>
  );
}
