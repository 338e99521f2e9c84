import type { Phase } from './domain.ts';

// Built-in service-design steps a new project's checklist starts from. Labels are i18n keys
// `checklist.<key>` so a team sees them in its own language; a team may edit or add its own.
export const checklistTemplate: Record<Phase, readonly string[]> = {
  discover: [
    'discover_frame_challenge',
    'discover_interview_customers',
    'discover_desk_research',
    'discover_observe_service',
    'discover_collect_experience_data',
  ],
  define: [
    'define_synthesise_findings',
    'define_customer_stories',
    'define_service_journey',
    'define_how_might_we',
  ],
  develop: [
    'develop_ideate',
    'develop_service_concept',
    'develop_prototype',
    'develop_test_with_customers',
  ],
  deliver: [
    'deliver_refine_concept',
    'deliver_elevator_pitch',
    'deliver_service_description',
    'deliver_booklet',
    'deliver_publish',
  ],
};
